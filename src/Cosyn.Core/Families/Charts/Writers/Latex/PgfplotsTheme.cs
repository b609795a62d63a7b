namespace Cosyn.Families.Charts.Writers.Latex;

/// <summary>The styling choices of one generated pgfplots document, so the same data looks different across seeds.</summary>
/// <param name="FontPackages">Preamble lines that select the font (every package is in texlive's psnfss or lm).</param>
/// <param name="Palette">Series / slice colours as <c>#RRGGBB</c>.</param>
/// <param name="WidthCm">Axis width in centimetres.</param>
/// <param name="HeightCm">Axis height in centimetres.</param>
/// <param name="TitleFont">Font switches for the title, e.g. <c>\bfseries\large</c>.</param>
/// <param name="LabelFont">Font size switch for value labels.</param>
/// <param name="Grid">Whether major grid lines are drawn along the value axis.</param>
/// <param name="GridStyle">TikZ style of the grid lines.</param>
/// <param name="BoxAxes">Full box frame (true) or only left and bottom axis lines.</param>
/// <param name="BarWidth">Bar width as a fraction of the category spacing.</param>
/// <param name="Mark">TikZ plot mark for line points.</param>
/// <param name="LineWidth">TikZ line width keyword (<c>thick</c>, <c>very thick</c>, ...).</param>
/// <param name="LegendAbove">Legend in one row above the axis (true) or in a column to the right.</param>
/// <param name="PieLegend">Pie: names and values in a legend rather than beside the slices.</param>
public sealed record PgfplotsTheme(
    IReadOnlyList<string> FontPackages,
    IReadOnlyList<string> Palette,
    double WidthCm,
    double HeightCm,
    string TitleFont,
    string LabelFont,
    bool Grid,
    string GridStyle,
    bool BoxAxes,
    double BarWidth,
    string Mark,
    string LineWidth,
    bool LegendAbove,
    bool PieLegend);
