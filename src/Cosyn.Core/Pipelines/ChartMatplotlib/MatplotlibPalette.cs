namespace Cosyn.Pipelines.ChartMatplotlib;

/// <summary>A colour scheme: explicit hex colours, or a colormap sampled with numpy.</summary>
/// <param name="Colors">Hex colours, used in order; empty when <paramref name="Colormap"/> is set.</param>
/// <param name="Colormap">A matplotlib colormap name to sample (e.g. <c>viridis</c>), or null.</param>
public sealed record MatplotlibPalette(IReadOnlyList<string> Colors, string? Colormap)
{
    /// <summary>All palettes the writer chooses from.</summary>
    public static IReadOnlyList<MatplotlibPalette> All { get; } =
    [
        new(["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2"], null),
        new(["#264653", "#2a9d8f", "#e9c46a", "#f4a261", "#e76f51", "#8ab17d", "#6d597a"], null),
        new(["#003f5c", "#58508d", "#bc5090", "#ff6361", "#ffa600", "#7a5195", "#ef5675"], null),
        new(["#4c72b0", "#dd8452", "#55a868", "#c44e52", "#8172b3", "#937860", "#da8bc3"], null),
        new(["#0b3954", "#087e8b", "#bfd7ea", "#ff5a5f", "#c81d25", "#5c946e", "#f2a541"], null),
        new(["#66c2a5", "#fc8d62", "#8da0cb", "#e78ac3", "#a6d854", "#ffd92f", "#e5c494"], null),
        new([], "viridis"),
        new([], "tab10"),
        new([], "Set2"),
        new([], "plasma"),
        new([], "cividis"),
    ];
}
