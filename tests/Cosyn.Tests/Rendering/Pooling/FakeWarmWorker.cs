using Cosyn.Rendering.Pooling;

namespace Cosyn.Tests.Rendering.Pooling;

/// <summary>A worker that is only a number and a health flag; records whether the pool killed it.</summary>
internal sealed class FakeWarmWorker(int processId) : IWarmWorker
{
    public bool IsHealthy { get; set; } = true;

    public int ProcessId { get; } = processId;

    public int Jobs { get; set; }

    public bool Disposed { get; private set; }

    /// <summary>Marks the worker broken, as a crash or hang would, and returns its id.</summary>
    public int Break()
    {
        IsHealthy = false;
        return ProcessId;
    }

    public ValueTask DisposeAsync()
    {
        Disposed = true;
        IsHealthy = false;
        return ValueTask.CompletedTask;
    }
}
