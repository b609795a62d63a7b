namespace Cosyn.Quality.Ocr;

/// <summary>What OCR read from one image, or why it could not run.</summary>
/// <param name="Words">Words with their boxes, in reading order.</param>
/// <param name="Error">Set when tesseract could not run; checks that need OCR then fail with this reason.</param>
public sealed record OcrResult(IReadOnlyList<OcrWord> Words, string? Error = null)
{
    /// <summary>Every word joined by spaces.</summary>
    public string Text { get; } = string.Join(' ', Words.Select(w => w.Text));

    public static OcrResult Failed(string error) => new([], error);
}
