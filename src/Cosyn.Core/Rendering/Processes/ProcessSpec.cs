namespace Cosyn.Rendering.Processes;

/// <summary>What to start: an executable, its arguments, working directory and a complete environment.</summary>
/// <param name="FileName">Absolute path of the executable.</param>
/// <param name="Arguments">Arguments, passed without shell interpretation.</param>
public sealed record ProcessSpec(string FileName, IReadOnlyList<string> Arguments)
{
    /// <summary>Working directory; null keeps the caller's.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>The child's whole environment; the parent's environment is never inherited (it may hold secrets).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();
}
