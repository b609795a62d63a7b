namespace Cosyn.Rendering.Layout;

/// <summary>One run of text the renderer drew, with its box in pixels of the final image.</summary>
/// <param name="Text">The text as drawn (one line, one label, one cell).</param>
/// <param name="X">Left edge.</param>
/// <param name="Y">Top edge.</param>
/// <param name="Width">Width.</param>
/// <param name="Height">Height (line box; close to the font size).</param>
/// <param name="Clipped">The renderer reports that part of the text is hidden (overflow, a cell or the canvas edge); null when it cannot tell.</param>
/// <param name="FontSize">Font size in pixels of the final image (the em, not the cap height); null when the route does not know it (PDF).</param>
public sealed record TextBox(string Text, double X, double Y, double Width, double Height, bool? Clipped = null, double? FontSize = null)
{
    public double Right => X + Width;

    public double Bottom => Y + Height;

    /// <summary>Area shared with <paramref name="other"/>, in square pixels.</summary>
    public double OverlapArea(TextBox other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var w = Math.Min(Right, other.Right) - Math.Max(X, other.X);
        var h = Math.Min(Bottom, other.Bottom) - Math.Max(Y, other.Y);
        return w > 0 && h > 0 ? w * h : 0;
    }

    /// <summary>The same box after the image was cropped at (<paramref name="left"/>, <paramref name="top"/>) and scaled by <paramref name="scale"/>.</summary>
    public TextBox Map(int left, int top, double scale) =>
        this with { X = (X - left) * scale, Y = (Y - top) * scale, Width = Width * scale, Height = Height * scale, FontSize = FontSize * scale };

    /// <summary>True when the box reaches outside a <paramref name="width"/> x <paramref name="height"/> image by more than <paramref name="tolerance"/> pixels.</summary>
    public bool Exceeds(double width, double height, double tolerance = 1) =>
        X < -tolerance || Y < -tolerance || Right > width + tolerance || Bottom > height + tolerance;
}
