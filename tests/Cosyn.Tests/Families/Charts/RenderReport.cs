namespace Cosyn.Tests.Families.Charts;

/// <summary>What the render driver saw in one figure.</summary>
internal sealed record RenderReport(
    string? Error,
    IReadOnlyList<string>? Titles,
    IReadOnlyList<string>? Texts,
    int TickOverlaps,
    int LabelOverlaps,
    IReadOnlyList<string>? Clipped);
