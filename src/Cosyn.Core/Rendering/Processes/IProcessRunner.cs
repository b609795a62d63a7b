namespace Cosyn.Rendering.Processes;

/// <summary>Runs a process to completion with a wall-clock bound and capped output capture.</summary>
public interface IProcessRunner
{
    /// <summary>Runs <paramref name="spec"/>; a missing executable, a timeout or a non-zero exit are values. Cancellation kills the tree and throws.</summary>
    Task<ProcessRunResult> RunAsync(ProcessSpec spec, ProcessRunOptions options, CancellationToken cancellationToken);
}
