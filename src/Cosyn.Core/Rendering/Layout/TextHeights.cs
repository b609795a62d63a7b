namespace Cosyn.Rendering.Layout;

/// <summary>How large a render's text came out, from its layout facts: the legibility measure of issue 14.</summary>
public static class TextHeights
{
    /// <summary>Median line-box height of the non-blank texts, in pixels of the final image; null when the layout has none.</summary>
    public static double? Median(LayoutFacts layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var heights = layout.Texts.Where(t => !string.IsNullOrWhiteSpace(t.Text)).Select(t => t.Height).Order().ToList();
        return heights.Count == 0 ? null : heights[heights.Count / 2];
    }
}
