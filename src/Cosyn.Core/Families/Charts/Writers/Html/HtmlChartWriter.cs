using Cosyn.Families.Shared.Code;

namespace Cosyn.Families.Charts.Writers.Html;

/// <summary>
/// Writes a self-contained HTML page drawing a <see cref="ChartSpec"/> as hand-written inline SVG: no scripts, no external
/// resources, geometry computed here, every value a question may ask about printed beside its mark.
/// </summary>
public sealed class HtmlChartWriter : ThemedCodeWriter<ChartSpec, HtmlChartTheme>
{
    protected override HtmlChartTheme PickTheme(ChartSpec spec, SeededRandom random) => HtmlChartThemes.Pick(random, spec.Categories.Count >= 8 || spec.IsMultiSeries);

    protected override string Write(ChartSpec spec, HtmlChartTheme theme, SeededRandom random)
    {
        var pie = ChartFigureTypes.IsPartOfWhole(spec.FigureType);
        var width = pie ? HtmlPieSvg.Width(spec, theme) : theme.Width;
        var svg = pie ? PieSvg(spec, theme) : AxisSvg(spec, theme);
        var legend = Legend(spec, theme);
        var page = new System.Text.StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        page.Append($"<title>{HtmlText.Escape(spec.Title)}</title>\n<style>\n{HtmlChartStyles.Css(theme, width)}</style>\n</head>\n<body>\n");
        page.Append("<figure class=\"chart\">\n");
        page.Append($"  <h1>{HtmlText.Escape(spec.Title)}</h1>\n");
        if (theme.LegendOnTop)
        {
            page.Append(legend);
        }

        var label = HtmlText.Escape($"{spec.Title}: {spec.Measure.Label} by {spec.CategoryLabel.ToLowerInvariant()}");
        page.Append($"  <svg width=\"{width}\" height=\"{theme.Height}\" viewBox=\"0 0 {width} {theme.Height}\" role=\"img\" aria-label=\"{label}\">\n");
        page.Append(svg);
        page.Append("  </svg>\n");
        if (!theme.LegendOnTop)
        {
            page.Append(legend);
        }

        page.Append("</figure>\n</body>\n</html>\n");
        return page.ToString();
    }

    private static string AxisSvg(ChartSpec spec, HtmlChartTheme theme)
    {
        var ctx = new HtmlChartContext(spec, theme);
        HtmlAxisSvg.Write(ctx);
        switch (spec.FigureType)
        {
            case ChartFigureTypes.Bar or ChartFigureTypes.HorizontalBar or ChartFigureTypes.GroupedBar or ChartFigureTypes.StackedBar:
                HtmlBarSvg.Write(ctx);
                break;
            case ChartFigureTypes.Line or ChartFigureTypes.MultiLine or ChartFigureTypes.Area:
                HtmlLineSvg.Write(ctx);
                break;
            default:
                throw new ArgumentException($"chart-html cannot draw figure type '{spec.FigureType}'.", nameof(spec));
        }

        return ctx.Svg.ToString();
    }

    private static string PieSvg(ChartSpec spec, HtmlChartTheme theme)
    {
        var svg = new SvgWriter();
        HtmlPieSvg.Write(spec, theme, svg);
        return svg.ToString();
    }

    // Series names for multi-series charts; slice names with values when a pie keeps them off the slices.
    private static string Legend(ChartSpec spec, HtmlChartTheme theme)
    {
        var pie = ChartFigureTypes.IsPartOfWhole(spec.FigureType);
        if (!spec.IsMultiSeries && !(pie && theme.PieLegend))
        {
            return string.Empty;
        }

        var unit = spec.Measure.Unit.Length == 0 ? string.Empty : " " + spec.Measure.Unit;
        var entries = pie
            ? spec.Categories.Select((c, i) => $"{c}: {spec.Measure.Format(spec.Series[0].Values[i]!.Value)}{unit}")
            : spec.Series.Select(s => s.Name);
        var items = entries.Select((text, i) =>
            $"    <li><span class=\"swatch\" style=\"background: {theme.Palette[i % theme.Palette.Count]}\"></span>{HtmlText.Escape(text)}</li>\n");
        return "  <ul class=\"legend\">\n" + string.Concat(items) + "  </ul>\n";
    }
}
