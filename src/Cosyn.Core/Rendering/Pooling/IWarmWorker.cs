namespace Cosyn.Rendering.Pooling;

/// <summary>A long-lived tool process a <see cref="WarmPool{TWorker}"/> keeps warm between renders; disposing kills it.</summary>
public interface IWarmWorker : IAsyncDisposable
{
    /// <summary>False once the worker crashed, hung or was marked broken; the pool then retires it.</summary>
    bool IsHealthy { get; }

    /// <summary>Operating-system id of the outermost process (for diagnostics and tests).</summary>
    int ProcessId { get; }
}
