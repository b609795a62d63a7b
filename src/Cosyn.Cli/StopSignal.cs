using System.Runtime.InteropServices;

namespace Cosyn.Cli;

/// <summary>
/// Turns the first Ctrl+C or SIGTERM into a cancellation (the run stops and saves its work); a second Ctrl+C
/// lets the process die at once, which is still safe because the run store is durable.
/// </summary>
public sealed class StopSignal : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration _interrupt;
    private readonly PosixSignalRegistration _terminate;

    public StopSignal()
    {
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
    }

    public CancellationToken Token => _source.Token;

    public void Dispose()
    {
        _interrupt.Dispose();
        _terminate.Dispose();
        _source.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        if (_source.IsCancellationRequested)
        {
            return;
        }

        context.Cancel = true;
        Console.Error.WriteLine("stopping: finishing the samples in hand and saving (press Ctrl+C again to quit at once)");
        _source.Cancel();
    }
}
