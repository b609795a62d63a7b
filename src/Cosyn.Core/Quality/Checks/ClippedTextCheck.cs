namespace Cosyn.Quality.Checks;

/// <summary>Text cut off: the renderer says it is clipped, its box leaves the image, or (without boxes) an OCR word touches the image edge.</summary>
public sealed class ClippedTextCheck : IQualityCheck
{
    public const string CheckName = "clipped-text";

    public string Name => CheckName;

    public async Task<CheckResult> RunAsync(CheckContext context, QualityOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        if (context.Layout is { } layout)
        {
            var boxes = layout.Texts.Where(t => t.Text.Trim().Length > 0).ToList();
            const double slack = 1;
            var clipped = boxes.Where(t => t.Clipped == true
                || t.X < -slack || t.Y < -slack || t.Right > layout.ImageWidth + slack || t.Bottom > layout.ImageHeight + slack).ToList();
            return clipped.Count == 0
                ? CheckResult.Pass(Name, $"{boxes.Count} text boxes, none clipped")
                : CheckResult.Fail(Name, 1 - ((double)clipped.Count / boxes.Count), Describe(clipped.Select(t => t.Text).ToList()));
        }

        var ocr = await context.OcrAsync().ConfigureAwait(false);
        if (ocr.Error is { } error)
        {
            return CheckResult.Fail(Name, 0, $"no text boxes and OCR failed: {error}");
        }

        if (context.Pixels is not { } pixels)
        {
            return CheckResult.Fail(Name, 0, "the image cannot be decoded");
        }

        var words = ocr.Words.Where(w => w.Confidence >= options.MinOcrConfidence && Texts.Normal(w.Text).Length >= 2).ToList();
        var m = options.EdgeMarginPx;
        // Left and right edges only: tools that crop to the ink (LilyPond, LaTeX) leave titles touching the top edge, while
        // text that overflows a table or a page runs off the side.
        var cut = words.Where(w => w.X <= m || w.X + w.Width >= pixels.Width - m).ToList();
        return cut.Count == 0
            ? CheckResult.Pass(Name, $"{words.Count} OCR words, none at the left or right edge")
            : CheckResult.Fail(Name, 1 - ((double)cut.Count / Math.Max(1, words.Count)), Describe(cut.Select(w => w.Text).ToList()) + " by the image edge");
    }

    private static string Describe(List<string> texts) =>
        $"'{Texts.Clip(texts[0])}' clipped" + (texts.Count > 1 ? $" (and {texts.Count - 1} more)" : "");
}
