namespace Cosyn.Rendering;

/// <summary>Per-render settings. Defaults suit a chart: crisp text at a moderate size.</summary>
public sealed record RenderOptions
{
    /// <summary>Viewport or figure width in CSS pixels, where the tool has one. Default 1000.</summary>
    public int Width { get; init; } = 1000;

    /// <summary>
    /// Device scale factor / DPI multiplier. Default 1.5: at 1.0 a chart's 10 pt tick labels are ~14 px and OCR
    /// misreads them; at 1.5 they read cleanly, which is the legibility a vision-language model needs.
    /// </summary>
    public double Scale { get; init; } = 1.5;

    /// <summary>Wall-clock bound for one render. Default 30 s.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Memory bound for one render in MiB. Default 1024.</summary>
    public int MemoryMiB { get; init; } = 1024;

    /// <summary>Largest output file accepted, in bytes. Default 32 MiB.</summary>
    public long MaxOutputBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>
    /// Whether the tool also measures layout facts (text boxes: an extra PDF pass and pdftotext for the CLI tools).
    /// Default true; a one-shot <c>cosyn render</c>, which only writes the PNG, turns it off.
    /// </summary>
    public bool MeasureLayout { get; init; } = true;
}
