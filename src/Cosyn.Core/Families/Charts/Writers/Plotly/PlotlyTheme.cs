namespace Cosyn.Families.Charts.Writers.Plotly;

/// <summary>The styling choices of one generated Plotly script, so the same data looks different across seeds.</summary>
/// <param name="Template">A built-in plotly.io template name.</param>
/// <param name="Colors">Python expression for the colour list (<c>px.colors.qualitative.Safe</c> or a hex list literal).</param>
/// <param name="UsesPxColors">Whether <paramref name="Colors"/> needs <c>plotly.express</c>.</param>
/// <param name="FontFamily">CSS font stack for all text.</param>
/// <param name="FontSize">Base font size (px).</param>
/// <param name="TitleSize">Title font size (px).</param>
/// <param name="TitleBold">Whether the title is wrapped in <c>&lt;b&gt;</c>.</param>
/// <param name="TitleLeft">Left-aligned title instead of centred.</param>
/// <param name="LabelSize">Value label font size (px).</param>
/// <param name="Width">Figure width (px).</param>
/// <param name="Height">Figure height (px).</param>
/// <param name="LegendOnTop">Horizontal legend above the plot instead of a vertical one at the right.</param>
/// <param name="Grid">Whether value-axis gridlines show.</param>
/// <param name="BarGap">Gap between bars (fraction of a category).</param>
/// <param name="Marker">Marker symbol for lines and scatter.</param>
/// <param name="LineWidth">Line width (px).</param>
/// <param name="Express">Write the figure with <c>plotly.express</c> and a pandas DataFrame where that is idiomatic.</param>
/// <param name="PieLegend">Pie: names and values in the legend, percentages on the slices (else all on outside labels).</param>
/// <param name="Hole">Donut hole size (fraction of the radius).</param>
public sealed record PlotlyTheme(
    string Template,
    string Colors,
    bool UsesPxColors,
    string FontFamily,
    int FontSize,
    int TitleSize,
    bool TitleBold,
    bool TitleLeft,
    int LabelSize,
    int Width,
    int Height,
    bool LegendOnTop,
    bool Grid,
    double BarGap,
    string Marker,
    double LineWidth,
    bool Express,
    bool PieLegend,
    double Hole);
