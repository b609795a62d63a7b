namespace Cosyn.Families.Graphics.Geometry;

/// <summary>A coordinate plane with integer grid lines and ticks from min to max on both axes.</summary>
public sealed record FigureAxes(int MinX, int MaxX, int MinY, int MaxY);
