namespace Cosyn.Families.Charts.Styling;

/// <summary>Hand-picked qualitative colour lists (seven hex colours each) that every chart tool can use verbatim.</summary>
public static class ChartPalettes
{
    /// <summary>All hex palettes, in a fixed order (pipelines index into it, so appending is safe, reordering is not).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Hex { get; } =
    [
        ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2"],
        ["#264653", "#2a9d8f", "#e9c46a", "#f4a261", "#e76f51", "#8ab17d", "#6d597a"],
        ["#003f5c", "#58508d", "#bc5090", "#ff6361", "#ffa600", "#7a5195", "#ef5675"],
        ["#4c72b0", "#dd8452", "#55a868", "#c44e52", "#8172b3", "#937860", "#da8bc3"],
        ["#0b3954", "#087e8b", "#bfd7ea", "#ff5a5f", "#c81d25", "#5c946e", "#f2a541"],
        ["#66c2a5", "#fc8d62", "#8da0cb", "#e78ac3", "#a6d854", "#ffd92f", "#e5c494"],
    ];
}
