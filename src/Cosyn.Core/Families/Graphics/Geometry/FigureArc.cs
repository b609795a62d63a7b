namespace Cosyn.Families.Graphics.Geometry;

/// <summary>A circle or circular arc around a named centre (angles in degrees, counter-clockwise); a sector when <paramref name="Filled"/>.</summary>
public sealed record FigureArc(string Center, double Radius, double StartDegrees = 0, double EndDegrees = 360, bool Filled = false, string? Label = null);
