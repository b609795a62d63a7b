namespace Cosyn.Families.Charts.Writers.VegaLite;

/// <summary>The styling choices of one generated Vega-Lite spec, so the same data looks different across seeds.</summary>
/// <param name="Font">CSS font stack for all text.</param>
/// <param name="LabelSize">Axis and legend label size (px).</param>
/// <param name="AxisTitleSize">Axis title size (px).</param>
/// <param name="TitleSize">Chart title size (px).</param>
/// <param name="TitleBold">Bold chart title.</param>
/// <param name="TitleAnchor"><c>start</c> or <c>middle</c>.</param>
/// <param name="ValueSize">Value label size (px).</param>
/// <param name="Background">Canvas background colour.</param>
/// <param name="ViewStroke">Plot-area border colour, or null for none.</param>
/// <param name="Grid">Value-axis gridlines.</param>
/// <param name="Colors">Hex colours, in order (single-series marks, stacks and slices use them).</param>
/// <param name="Scheme">A Vega colour scheme for series colours (grouped bars, lines), or null to use <paramref name="Colors"/>.</param>
/// <param name="Width">Plot width (px).</param>
/// <param name="Height">Plot height (px).</param>
/// <param name="LegendOrient">Legend position: <c>right</c>, <c>top</c> or <c>bottom</c>.</param>
/// <param name="Shape">Point shape for lines and scatter.</param>
/// <param name="StrokeWidth">Line width (px).</param>
/// <param name="CornerRadius">Bar corner radius at the value end (px).</param>
/// <param name="InnerRadiusShare">Donut hole as a share of the outer radius.</param>
public sealed record VegaLiteTheme(
    string Font,
    int LabelSize,
    int AxisTitleSize,
    int TitleSize,
    bool TitleBold,
    string TitleAnchor,
    int ValueSize,
    string Background,
    string? ViewStroke,
    bool Grid,
    IReadOnlyList<string> Colors,
    string? Scheme,
    int Width,
    int Height,
    string LegendOrient,
    string Shape,
    double StrokeWidth,
    int CornerRadius,
    double InnerRadiusShare);
