namespace Cosyn.Families.Charts.Styling;

/// <summary>
/// The one source of chart colours: hand-picked qualitative palettes of seven hex colours each (tab10, Tableau,
/// ColorBrewer and a few designer sets). Pipelines index into these lists, so appending is safe, reordering is not.
/// </summary>
public static class ChartPalettes
{
    /// <summary>Every palette, in a fixed order, as <c>#rrggbb</c>.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> All { get; } =
    [
        ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2"],
        ["#264653", "#2a9d8f", "#e9c46a", "#f4a261", "#e76f51", "#8ab17d", "#6d597a"],
        ["#003f5c", "#58508d", "#bc5090", "#ff6361", "#ffa600", "#7a5195", "#ef5675"],
        ["#4c72b0", "#dd8452", "#55a868", "#c44e52", "#8172b3", "#937860", "#da8bc3"],
        ["#0b3954", "#087e8b", "#bfd7ea", "#ff5a5f", "#c81d25", "#5c946e", "#f2a541"],
        ["#66c2a5", "#fc8d62", "#8da0cb", "#e78ac3", "#a6d854", "#ffd92f", "#e5c494"],
        ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1"],
        ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d"],
        ["#3366cc", "#dc3912", "#ff9900", "#109618", "#990099", "#0099c6", "#dd4477"],
        ["#355070", "#6d597a", "#b56576", "#e56b6f", "#eaac8b", "#88a096", "#2e8b57"],
    ];

    /// <summary>The first six palettes: what the Matplotlib, Plotly and Vega-Lite writers choose from.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Hex { get; } = [.. All.Take(6)];

    /// <summary>All palettes spelled <c>#RRGGBB</c>, as the LaTeX (xcolor HTML model) and HTML writers write them.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> UpperHex { get; } =
        [.. All.Select(p => (IReadOnlyList<string>)[.. p.Select(c => c.ToUpperInvariant())])];
}
