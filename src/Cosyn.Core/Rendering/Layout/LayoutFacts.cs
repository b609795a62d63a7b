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
    /// <summary>Why there are no boxes (the tool cannot give them, or measuring failed); null when measured.</summary>
    public string? Reason { get; init; }

    /// <summary>Time the measuring itself took (inside the render's elapsed time), for the layout bench.</summary>
    public TimeSpan MeasureTime { get; init; }

    /// <summary>True when boxes were measured (even none, for an image without text).</summary>
    public bool Measured => Source != LayoutSource.None;

    /// <summary>No boxes were measured (the tool cannot give them); checks fall back to OCR.</summary>
    public static LayoutFacts Unavailable(int width, int height) => new(LayoutSource.None, width, height, [], []);

    /// <summary>No boxes were measured, and why (e.g. <c>rdkit draws no text runs it can report</c>).</summary>
    public static LayoutFacts Unavailable(int width, int height, string reason) => Unavailable(width, height) with { Reason = reason };

    /// <summary>The same facts after the image was cropped and scaled; boxes entirely outside the new image are kept (they are clipped text).</summary>
    public LayoutFacts Map(int left, int top, double scale, int width, int height) =>
        this with { ImageWidth = width, ImageHeight = height, Texts = [.. Texts.Select(t => t.Map(left, top, scale))] };
}
