namespace Cosyn.Rendering.CliTools;

/// <summary>One command of a job, as seen inside the sandbox (cwd is the job's work directory).</summary>
/// <param name="Program">Executable name, resolved in <see cref="CliToolOptions.BinDirectory"/>.</param>
/// <param name="Arguments">Arguments, no shell.</param>
public sealed record ToolCommand(string Program, IReadOnlyList<string> Arguments)
{
    /// <summary>Text fed to stdin; null closes it at once.</summary>
    public string? StandardInput { get; init; }

    /// <summary>Variables added to the job's base environment (e.g. a tool's safe-mode switches).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>Host directories shown read-only to this command besides the job directory (e.g. a cache of LaTeX formats).</summary>
    public IReadOnlyList<Sandbox.SandboxMount> ReadOnlyMounts { get; init; } = [];
}
