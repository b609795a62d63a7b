using System.Diagnostics;

namespace Cosyn.Rendering.Processes;

/// <summary><see cref="ILineProcess"/> over <see cref="Process"/>: stdin/stdout carry the protocol, stderr is kept as a bounded tail.</summary>
internal sealed class SystemLineProcess : ILineProcess
{
    private readonly Process _process;
    private readonly BoundedText _stderr = new(16 * 1024);

    public SystemLineProcess(Process process)
    {
        _process = process;
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                _stderr.AppendLine(e.Data);
            }
        };
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int? ExitCode => _process.HasExited ? _process.ExitCode : null;

    public string StandardErrorTail => _stderr.Tail();

    public async Task WriteLineAsync(string line, CancellationToken cancellationToken)
    {
        await _process.StandardInput.WriteLineAsync(line.AsMemory(), cancellationToken).ConfigureAwait(false);
        await _process.StandardInput.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<string?> ReadLineAsync(CancellationToken cancellationToken) =>
        await _process.StandardOutput.ReadLineAsync(cancellationToken).ConfigureAwait(false);

    public void Kill()
    {
        StartInfoFactory.KillTree(_process);
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await _process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // A process that ignores SIGKILL for 5 s is stuck in the kernel; nothing more we can do.
        }

        _process.Dispose();
    }
}
