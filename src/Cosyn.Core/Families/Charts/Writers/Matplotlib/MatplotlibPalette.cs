using Cosyn.Families.Charts.Styling;

namespace Cosyn.Families.Charts.Writers.Matplotlib;

/// <summary>A colour scheme: explicit hex colours, or a colormap sampled with numpy.</summary>
/// <param name="Colors">Hex colours, used in order; empty when <paramref name="Colormap"/> is set.</param>
/// <param name="Colormap">A matplotlib colormap name to sample (e.g. <c>viridis</c>), or null.</param>
public sealed record MatplotlibPalette(IReadOnlyList<string> Colors, string? Colormap)
{
    /// <summary>All palettes the writer chooses from.</summary>
    public static IReadOnlyList<MatplotlibPalette> All { get; } =
    [
        .. ChartPalettes.Hex.Select(colors => new MatplotlibPalette(colors, null)),
        new([], "viridis"),
        new([], "tab10"),
        new([], "Set2"),
        new([], "plasma"),
        new([], "cividis"),
    ];
}
