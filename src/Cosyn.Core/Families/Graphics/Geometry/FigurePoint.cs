namespace Cosyn.Families.Graphics.Geometry;

/// <summary>A named point of a figure in figure units (y up); <paramref name="ShowName"/> prints its caption (default: the name) beside it.</summary>
public sealed record FigurePoint(string Name, double X, double Y, bool ShowName = true, string? Caption = null)
{
    /// <summary>The text printed beside the point.</summary>
    public string Text => Caption ?? Name;
}
