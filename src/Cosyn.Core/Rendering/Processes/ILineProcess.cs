namespace Cosyn.Rendering.Processes;

/// <summary>A running process spoken to in lines; disposing it kills the whole process tree.</summary>
public interface ILineProcess : IAsyncDisposable
{
    /// <summary>Operating-system process id.</summary>
    int Id { get; }

    /// <summary>True once the process has exited.</summary>
    bool HasExited { get; }

    /// <summary>Exit code once exited, else null.</summary>
    int? ExitCode { get; }

    /// <summary>The most recent stderr output, bounded; for diagnostics when the process misbehaves.</summary>
    string StandardErrorTail { get; }

    /// <summary>Writes one line to stdin and flushes.</summary>
    Task WriteLineAsync(string line, CancellationToken cancellationToken);

    /// <summary>Reads one line from stdout; null at end of stream (the process closed stdout or died).</summary>
    Task<string?> ReadLineAsync(CancellationToken cancellationToken);

    /// <summary>Kills the process and every descendant; safe to call more than once.</summary>
    void Kill();
}
