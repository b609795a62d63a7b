namespace Cosyn.Families.Graphics.Geometry;

/// <summary>An axis-aligned ellipse (a circle seen at a slant, for solids); the back half is dashed when <paramref name="BackDashed"/>.</summary>
public sealed record FigureEllipse(double CenterX, double CenterY, double RadiusX, double RadiusY, bool BackDashed);
