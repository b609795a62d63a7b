namespace Cosyn.Quality.Checks;

/// <summary>Every threshold of the quality checks, in one place (documented in the README's "Quality checks" section).</summary>
public sealed record QualityOptions
{
    /// <summary>Two text boxes overlap when they share more than this fraction of the smaller box's area.</summary>
    public double OverlapTolerance { get; init; } = 0.2;

    /// <summary>Least cap height of legible text in pixels of the final image.</summary>
    public double MinCapHeightPx { get; init; } = 9;

    /// <summary>
    /// Cap height as a fraction of a text box's height: DOM, Matplotlib and PDF boxes are line boxes about 1.2 em
    /// tall and a Latin cap is about 0.7 em, so cap ≈ 0.58 × box height.
    /// </summary>
    public double CapHeightPerBoxHeight { get; init; } = 0.58;

    /// <summary>Cap height as a fraction of an OCR word box (tesseract boxes span ascender to descender, about 1 em).</summary>
    public double CapHeightPerOcrBoxHeight { get; init; } = 0.7;

    /// <summary>Small text fails the sample when more than this fraction of its text boxes is below the minimum.</summary>
    public double MaxSmallTextShare { get; init; } = 0.5;

    /// <summary>
    /// Least fraction of the sample's expected visible strings that OCR finds: low, because tesseract misses rotated
    /// and light text on clean renders; a swapped or blank image scores near 0.
    /// </summary>
    public double MinOcrRecall { get; init; } = 0.34;

    /// <summary>Least number of expected strings before OCR recall is judged (fewer say too little).</summary>
    public int MinExpectedStrings { get; init; } = 2;

    /// <summary>Least fraction of the image's area inside the content's bounding box (rows and columns that differ from the background).</summary>
    public double MinContentShare { get; init; } = 0.35;

    /// <summary>A pixel is content when any channel differs from the background colour by more than this.</summary>
    public int BackgroundTolerance { get; init; } = 24;

    /// <summary>A row or column holds content when more than this fraction of its pixels is content (ignores antialiasing specks).</summary>
    public double MinContentLineShare { get; init; } = 0.002;

    /// <summary>Least OCR word confidence (0-100) for a word to count.</summary>
    public int MinOcrConfidence { get; init; } = 30;

    /// <summary>Pixels from the image edge within which an OCR word counts as cut by the edge.</summary>
    public int EdgeMarginPx { get; init; } = 1;

    /// <summary>
    /// Whether <c>ocr-recall</c> runs tesseract even when the renderer measured the text it drew. Default false (the
    /// quality gate of <c>generate</c>): the measured text is what the image shows, so OCR runs only for tools that give
    /// no layout. <c>cosyn check</c> sets it, since the image on disk may not be what the code drew.
    /// </summary>
    public bool OcrWithLayout { get; init; }

    /// <summary>Wall-clock bound of one OCR run.</summary>
    public TimeSpan OcrTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
