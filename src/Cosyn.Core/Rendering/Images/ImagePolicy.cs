namespace Cosyn.Rendering.Images;

/// <summary>How rendered images are cleaned and which are rejected. Defaults follow the CoSyn filters.</summary>
public sealed record ImagePolicy
{
    /// <summary>Shared defaults for every tool.</summary>
    public static ImagePolicy Default { get; } = new();

    /// <summary>
    /// Line art and text pages (circuits, geometry, diagrams, scores, invoices) are mostly paper: at crisp
    /// resolutions their strokes cover 1-4 % of pixels, so the 95 % rule would reject good images. 99.5 %
    /// still rejects blank and nearly blank output.
    /// </summary>
    public static ImagePolicy LineArt { get; } = Default with { MaxDominantColourFraction = 0.995 };

    /// <summary>Margin kept around trimmed content, in pixels (never beyond the original edge). Default 16.</summary>
    public int TrimMargin { get; init; } = 16;

    /// <summary>Trim the uniform border at all. Default true.</summary>
    public bool Trim { get; init; } = true;

    /// <summary>Per-channel difference still counted as the same colour (trimming, uniformity). Default 10.</summary>
    public int ColourTolerance { get; init; } = 10;

    /// <summary>Largest width kept; larger images are downscaled keeping aspect. Default 2560.</summary>
    public int MaxWidth { get; init; } = 2560;

    /// <summary>Largest height kept. Default 1440.</summary>
    public int MaxHeight { get; init; } = 1440;

    /// <summary>
    /// Reject when long side / short side exceeds this, measured after cropping, downscaling and padding. Default 16:
    /// long thin content is legitimate (a one-line score, an eight-step left-to-right chain at 12:1, a long molecule);
    /// beyond 16:1 a vision model sees a strip whose text shrinks to nothing when it resizes the image.
    /// </summary>
    public double MaxAspectRatio { get; init; } = 16;

    /// <summary>
    /// Smaller images are padded with their background colour to this on each side, in pixels (the content centred,
    /// deterministically). Default 128: a one-node flowchart or a short chain is small but legitimate.
    /// </summary>
    public int MinShortSide { get; init; } = 128;

    /// <summary>Reject when the cropped content's long side is below this, in pixels: a speck, not a drawing. Default 32.</summary>
    public int MinContentSide { get; init; } = 32;

    /// <summary>Reject a rendered image above this many pixels before decoding it (an absurd figure size or DPI). Default 100 million.</summary>
    public long MaxDecodedPixels { get; init; } = 100_000_000;

    /// <summary>
    /// Median text height, in pixels of the final image, below which text counts as illegible (OCR misreads it).
    /// Renderers that scale vector drawings (Mermaid) never shrink below it; default 12.
    /// </summary>
    public int MinTextHeight { get; init; } = 12;

    /// <summary>
    /// Reject when one colour covers more than this fraction of pixels. Default 0.99: pixmo-docs uses 0.95, but
    /// valid sparse charts (a scatter or a thin line on white) measured 95.7-97.8 % background here.
    /// </summary>
    public double MaxDominantColourFraction { get; init; } = 0.99;
}
