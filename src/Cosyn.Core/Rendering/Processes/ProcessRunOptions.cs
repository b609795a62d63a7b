namespace Cosyn.Rendering.Processes;

/// <summary>Bounds for a one-shot process run.</summary>
public sealed record ProcessRunOptions
{
    /// <summary>Text written to stdin, then stdin is closed. Null closes stdin at once.</summary>
    public string? StandardInput { get; init; }

    /// <summary>Wall-clock bound; the whole process tree is killed when it passes. Default 30 s.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Characters kept of each of stdout and stderr (head and tail). Default 64 KiB.</summary>
    public int MaxCapturedChars { get; init; } = 64 * 1024;
}
