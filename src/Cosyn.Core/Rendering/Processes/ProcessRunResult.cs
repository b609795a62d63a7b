namespace Cosyn.Rendering.Processes;

/// <summary>How a one-shot process ended, with its bounded output.</summary>
/// <param name="ExitCode">Exit code; -1 when it was killed or could not start.</param>
/// <param name="StandardOutput">Captured stdout, possibly elided in the middle.</param>
/// <param name="StandardError">Captured stderr, possibly elided in the middle.</param>
/// <param name="TimedOut">True when the wall-clock bound killed it.</param>
/// <param name="Elapsed">Wall time from start to exit.</param>
public sealed record ProcessRunResult(int ExitCode, string StandardOutput, string StandardError, bool TimedOut, TimeSpan Elapsed)
{
    /// <summary>Set when the executable could not be started at all (missing, not executable).</summary>
    public string? StartError { get; init; }

    public bool Started => StartError is null;
}
