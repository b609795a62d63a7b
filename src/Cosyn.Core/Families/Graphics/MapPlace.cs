namespace Cosyn.Families.Graphics;

/// <summary>A labelled place on a simple map, in kilometres east and north of the map's corner.</summary>
public sealed record MapPlace(string Name, double X, double Y);
