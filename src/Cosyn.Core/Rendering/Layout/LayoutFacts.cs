namespace Cosyn.Rendering.Layout;

/// <summary>What a render drew as text, in pixels of the final PNG: the input of the layout checks.</summary>
/// <param name="Source">Which route measured the boxes.</param>
/// <param name="ImageWidth">Width of the image the boxes refer to.</param>
/// <param name="ImageHeight">Height of the image the boxes refer to.</param>
/// <param name="Texts">Every text run drawn, in drawing order.</param>
/// <param name="MissingGlyphs">Characters the tool reported it had no glyph for (drawn as boxes or dropped).</param>
public sealed record LayoutFacts(
    LayoutSource Source,
    int ImageWidth,
    int ImageHeight,
    IReadOnlyList<TextBox> Texts,
    IReadOnlyList<string> MissingGlyphs)
{
    /// <summary>No boxes were measured (the tool cannot give them).</summary>
    public static LayoutFacts Unavailable(int width, int height) => new(LayoutSource.None, width, height, [], []);

    /// <summary>The same facts after the image was cropped and scaled; boxes entirely outside the new image are kept (they are clipped text).</summary>
    public LayoutFacts Map(int left, int top, double scale, int width, int height) =>
        this with { ImageWidth = width, ImageHeight = height, Texts = [.. Texts.Select(t => t.Map(left, top, scale))] };
}
