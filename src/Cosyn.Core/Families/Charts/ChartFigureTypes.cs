namespace Cosyn.Families.Charts;

/// <summary>Figure type names shared by every chart pipeline (they match <see cref="Catalog.PipelineCatalog"/>).</summary>
public static class ChartFigureTypes
{
    public const string Bar = "bar";
    public const string HorizontalBar = "horizontal bar";
    public const string GroupedBar = "grouped bar";
    public const string StackedBar = "stacked bar";
    public const string Line = "line";
    public const string MultiLine = "multi-line";
    public const string Area = "area";
    public const string Pie = "pie";
    public const string Donut = "donut";
    public const string Scatter = "scatter";
    public const string Bubble = "bubble";
    public const string Histogram = "histogram";
    public const string Box = "box";
    public const string Heatmap = "heatmap";
    public const string Radar = "radar";
    public const string Funnel = "funnel";
    public const string Waterfall = "waterfall";
    public const string Candlestick = "candlestick";
    public const string DualAxis = "dual-axis";

    /// <summary>Every type the shared topic, data and QA layers support, in a fixed order.</summary>
    public static IReadOnlyList<string> Standard { get; } = [Bar, HorizontalBar, GroupedBar, StackedBar, Line, MultiLine, Area, Pie, Donut, Scatter];

    /// <summary>The types beyond <see cref="Standard"/>: distributions, matrices, flows, prices and two-unit charts.</summary>
    public static IReadOnlyList<string> Extended { get; } = [Bubble, Histogram, Box, Heatmap, Radar, Funnel, Waterfall, Candlestick, DualAxis];

    /// <summary>Every type the shared layers support: <see cref="Standard"/> then <see cref="Extended"/>.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Standard, .. Extended];

    /// <summary>Types that draw several series against shared categories.</summary>
    public static IReadOnlyList<string> MultiSeries { get; } = [GroupedBar, StackedBar, MultiLine];

    /// <summary>Types that show part-of-whole shares.</summary>
    public static IReadOnlyList<string> PartOfWhole { get; } = [Pie, Donut];

    /// <summary>Types that draw a connected series, where a missing value shows as a gap.</summary>
    public static IReadOnlyList<string> Connected { get; } = [Line, MultiLine];

    /// <summary>Whether <paramref name="figureType"/> has several series.</summary>
    public static bool IsMultiSeries(string figureType) => MultiSeries.Contains(figureType);

    /// <summary>Whether <paramref name="figureType"/> is a pie or donut.</summary>
    public static bool IsPartOfWhole(string figureType) => PartOfWhole.Contains(figureType);
}
