namespace Cosyn.Families.Graphics;

/// <summary>A persona-conditioned graphic: stats (infographic, icons) or places and roads (map), with its title and measure.</summary>
public sealed record GraphicSpec(
    string Kind,
    string Title,
    string Measure,
    string Unit,
    int Decimals,
    IReadOnlyList<GraphicStat> Stats,
    IReadOnlyList<MapPlace> Places,
    IReadOnlyList<MapRoad> Roads,
    int ScaleKm);
