using Cosyn.Rendering.Layout;

namespace Cosyn.Quality.Checks;

/// <summary>The text boxes the layout checks judge: drawn, non-empty runs, without a PDF's symbol-font glyph boxes.</summary>
public static class LayoutBoxes
{
    // A PDF glyph box this many times the page's median text height is a symbol font's full em box.
    private const double SymbolHeight = 2.2;

    /// <summary>
    /// Runs with text and a size. In a PDF a music or symbol font (LilyPond's Emmentaler: time signatures, dynamics)
    /// reports every glyph with the font's whole ascent and descent, three or four text lines tall: a stacked 2/4 time
    /// signature's digits then "overlap" and a dynamic mark under the staff "leaves" a tightly cropped image. Such
    /// boxes (at most 3 characters, over 2.2 times the median height) say nothing about where text is.
    /// </summary>
    public static IReadOnlyList<TextBox> Judged(LayoutFacts layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var boxes = layout.Texts.Where(t => t.Text.Trim().Length > 0 && t.Width > 0 && t.Height > 0).ToList();
        if (layout.Source != LayoutSource.Pdf || boxes.Count < 3)
        {
            return boxes;
        }

        var median = boxes.Select(b => b.Height).Order().ElementAt(boxes.Count / 2);
        return [.. boxes.Where(b => !(b.Text.Trim().Length <= 3 && b.Height > SymbolHeight * median))];
    }
}
