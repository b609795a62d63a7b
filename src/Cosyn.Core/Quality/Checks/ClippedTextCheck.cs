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
            var boxes = LayoutBoxes.Judged(layout);
            var clipped = boxes.Where(t => IsClipped(t, layout, context.Pixels)).ToList();
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

    /// <summary>
    /// Clipped by a container (the renderer says so, inside the image), or past the image edge with glyphs cut there:
    /// a box's font ascent and descent reach past an image cropped tight to its ink (LaTeX, LilyPond) while the glyphs
    /// end inside it, so a box past the edge counts only when the edge pixels along it are not one plain colour.
    /// </summary>
    private static bool IsClipped(Rendering.Layout.TextBox box, Rendering.Layout.LayoutFacts layout, ImagePixels? pixels)
    {
        const double slack = 1;
        var past = box.X < -slack || box.Y < -slack || box.Right > layout.ImageWidth + slack || box.Bottom > layout.ImageHeight + slack;
        if (!past)
        {
            return box.Clipped == true;
        }

        if (pixels is null || pixels.Width != layout.ImageWidth || pixels.Height != layout.ImageHeight)
        {
            return true;
        }

        int x0 = Math.Clamp((int)box.X, 0, pixels.Width - 1), x1 = Math.Clamp((int)Math.Ceiling(box.Right), 0, pixels.Width - 1);
        int y0 = Math.Clamp((int)box.Y, 0, pixels.Height - 1), y1 = Math.Clamp((int)Math.Ceiling(box.Bottom), 0, pixels.Height - 1);
        return (box.X < -slack && EdgeInk(pixels, 0, y0, 0, y1))
            || (box.Right > layout.ImageWidth + slack && EdgeInk(pixels, pixels.Width - 1, y0, pixels.Width - 1, y1))
            || (box.Y < -slack && EdgeInk(pixels, x0, 0, x1, 0))
            || (box.Bottom > layout.ImageHeight + slack && EdgeInk(pixels, x0, pixels.Height - 1, x1, pixels.Height - 1));
    }

    /// <summary>True when a run of edge pixels holds strokes: pixels far from the run's own most common colour.</summary>
    private static bool EdgeInk(ImagePixels pixels, int x0, int y0, int x1, int y1)
    {
        var line = new List<uint>();
        for (var y = y0; y <= y1; y++)
        {
            for (var x = x0; x <= x1; x++)
            {
                line.Add(pixels[x, y]);
            }
        }

        var plain = line.GroupBy(p => p & 0xFFFFFF).MaxBy(g => g.Count())!.First();
        return line.Count(p => ImagePixels.Distance(p, plain) > 64) >= 2;
    }

    private static string Describe(List<string> texts) =>
        $"'{Texts.Clip(texts[0])}' clipped" + (texts.Count > 1 ? $" (and {texts.Count - 1} more)" : "");
}
