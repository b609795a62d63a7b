namespace Cosyn.Families.Charts.Writers.Html;

/// <summary>The styling choices of one generated HTML chart, so the same data looks different across seeds.</summary>
/// <param name="FontStack">CSS font-family list; the first family is installed on Debian (DejaVu, Liberation, Lato).</param>
/// <param name="Palette">Series / slice colours as <c>#RRGGBB</c>.</param>
/// <param name="Surface">Page and card colours.</param>
/// <param name="Width">SVG width in pixels.</param>
/// <param name="Height">SVG height in pixels.</param>
/// <param name="FontSize">Tick and axis-label size in pixels.</param>
/// <param name="TitleSize">Title size in pixels.</param>
/// <param name="TitleAlign">CSS text-align of the title.</param>
/// <param name="Grid">Whether grid lines run across the plot at each value tick.</param>
/// <param name="BarWidth">Bar width as a fraction of its band.</param>
/// <param name="BarRadius">Corner radius of bars in pixels.</param>
/// <param name="LegendOnTop">Legend above the chart (true) or below it.</param>
/// <param name="PieLegend">Pie and donut: names and values in the legend rather than beside the slices.</param>
public sealed record HtmlChartTheme(
    string FontStack,
    IReadOnlyList<string> Palette,
    HtmlSurface Surface,
    int Width,
    int Height,
    int FontSize,
    int TitleSize,
    string TitleAlign,
    bool Grid,
    double BarWidth,
    int BarRadius,
    bool LegendOnTop,
    bool PieLegend);
