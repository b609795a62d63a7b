using Cosyn.Families.Charts.Styling;
using Cosyn.Families.Shared.Code;
using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Writers.Html;

/// <summary>Pie and donut charts: slices clockwise from 12 o'clock, each with its percentage inside and its name and value beside it (or in the legend).</summary>
internal static class HtmlPieSvg
{
    /// <summary>SVG width: the theme's, widened when names beside the slices need more room on either side.</summary>
    public static int Width(ChartSpec spec, HtmlChartTheme theme)
    {
        if (theme.PieLegend)
        {
            return theme.Width;
        }

        var unit = spec.Measure.Unit.Length == 0 ? 0 : spec.Measure.Unit.Length + 1;
        var label = spec.Categories.Select((c, i) => c.Length + 2 + spec.Measure.Format(spec.Series[0].Values[i]!.Value).Length + unit).Max();
        var needed = 2 * (Radius(theme) + 12 + HtmlChartContext.TextWidth(new string('x', label), theme.FontSize) + 12);
        return Math.Max(theme.Width, (int)Math.Ceiling(needed));
    }

    public static void Write(ChartSpec spec, HtmlChartTheme theme, SvgWriter svg)
    {
        var width = Width(spec, theme);
        var donut = spec.FigureType == ChartFigureTypes.Donut;
        var values = spec.Series[0].Values.Select(v => v!.Value).ToList();
        var total = values.Sum(QaNumber.Exact);
        var (cx, cy) = (width / 2.0, theme.Height / 2.0);
        var radius = Radius(theme);
        var inner = donut ? radius * 0.55 : 0;
        var unit = spec.Measure.Unit.Length == 0 ? string.Empty : " " + spec.Measure.Unit;
        var start = 0.0;
        for (var i = 0; i < values.Count; i++)
        {
            var sweep = (double)(QaNumber.Exact(values[i]) / total) * 360;
            var color = theme.Palette[i % theme.Palette.Count];
            svg.Line($"<path d=\"{Slice(cx, cy, radius, inner, start, start + sweep)}\" fill=\"{color}\" stroke=\"{theme.Surface.Card}\" stroke-width=\"2\"/>");
            var middle = start + (sweep / 2);

            // The share as answers round it: half away from zero, one decimal.
            var share = QaNumber.Round(QaNumber.Exact(values[i]) / total * 100, 1).ToString("0.0", CultureInfo.InvariantCulture) + "%";
            var (px, py) = Point(cx, cy, donut ? (radius + inner) / 2 : radius * 0.66, middle);
            var contrast = ChartTextColor.NeedsLightText(color) ? "on-dark" : "on-light";
            svg.Text(px, py + (theme.FontSize * 0.35), share, $"text-anchor=\"middle\" class=\"value inside {contrast}\"");
            if (!theme.PieLegend)
            {
                var (lx, ly) = Point(cx, cy, radius + 12, middle);
                var anchor = middle < 180 ? "start" : "end";
                svg.Text(lx, ly + (theme.FontSize * 0.35), $"{spec.Categories[i]}: {spec.Measure.Format(values[i])}{unit}", $"text-anchor=\"{anchor}\" class=\"slice-label\"");
            }

            start += sweep;
        }

        if (donut)
        {
            svg.Text(cx, cy - 4, "Total", "text-anchor=\"middle\" class=\"axis-title\"");
            svg.Text(cx, cy + theme.FontSize + 4, spec.Measure.Format(values.Sum()) + unit, "text-anchor=\"middle\" class=\"total\"");
        }
    }

    private static double Radius(HtmlChartTheme theme) => (theme.Height / 2.0) - (theme.PieLegend ? 16 : 40);

    // Angles in degrees clockwise from 12 o'clock.
    private static (double X, double Y) Point(double cx, double cy, double r, double degrees)
    {
        var radians = degrees * Math.PI / 180;
        return (cx + (r * Math.Sin(radians)), cy - (r * Math.Cos(radians)));
    }

    private static string Slice(double cx, double cy, double r, double inner, double from, double to)
    {
        var large = to - from > 180 ? 1 : 0;
        var (x0, y0) = Point(cx, cy, r, from);
        var (x1, y1) = Point(cx, cy, r, to);
        if (inner <= 0)
        {
            return $"M{N(cx)},{N(cy)} L{N(x0)},{N(y0)} A{N(r)},{N(r)} 0 {large} 1 {N(x1)},{N(y1)} Z";
        }

        var (i0, j0) = Point(cx, cy, inner, from);
        var (i1, j1) = Point(cx, cy, inner, to);
        return $"M{N(x0)},{N(y0)} A{N(r)},{N(r)} 0 {large} 1 {N(x1)},{N(y1)} L{N(i1)},{N(j1)} A{N(inner)},{N(inner)} 0 {large} 0 {N(i0)},{N(j0)} Z";
    }

    private static string N(double value) => SvgWriter.Num(value);
}
