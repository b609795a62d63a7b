namespace Cosyn.Rendering.Processes;

/// <summary>Starts long-lived processes that talk line by line over stdin/stdout (workers).</summary>
public interface IProcessLauncher
{
    /// <summary>Starts <paramref name="spec"/>; returns null with <paramref name="error"/> set when it cannot start.</summary>
    ILineProcess? Start(ProcessSpec spec, out string? error);
}
