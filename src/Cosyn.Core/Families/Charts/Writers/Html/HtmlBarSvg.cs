using Cosyn.Families.Charts.Styling;

namespace Cosyn.Families.Charts.Writers.Html;

/// <summary>Vertical, horizontal, grouped and stacked bars; every bar or segment labelled with its value, stacks also with their totals.</summary>
internal static class HtmlBarSvg
{
    public static void Write(HtmlChartContext ctx)
    {
        var (spec, svg) = (ctx.Spec, ctx.Svg);
        var stacked = spec.FigureType == ChartFigureTypes.StackedBar;
        var slots = stacked ? 1 : spec.Series.Count;
        var thickness = ctx.Band * ctx.Theme.BarWidth / slots;
        for (var s = 0; s < spec.Series.Count; s++)
        {
            svg.Line($"<g class=\"series\" fill=\"{ctx.Color(s)}\">");
            for (var i = 0; i < spec.Categories.Count; i++)
            {
                var value = spec.Series[s].Values[i]!.Value;
                var below = stacked ? spec.Series.Take(s).Sum(x => x.Values[i]!.Value) : 0;
                var offset = stacked ? -thickness / 2 : (s - (slots / 2.0)) * thickness;
                Bar(ctx, ctx.Center(i) + offset, thickness, below, below + value, s);
            }

            svg.Line("</g>");
        }

        if (stacked)
        {
            svg.Line("<g class=\"totals\">");
            for (var i = 0; i < spec.Categories.Count; i++)
            {
                var total = spec.Series.Sum(x => x.Values[i]!.Value);
                svg.Text(ctx.Center(i), ctx.Scale(total) - 6, ctx.Value(total), "text-anchor=\"middle\" class=\"total\"");
            }

            svg.Line("</g>");
        }
    }

    // One bar from value `from` to `to` across [start, start + thickness] of the category axis, with its label.
    private static void Bar(HtmlChartContext ctx, double start, double thickness, double from, double to, int series)
    {
        var (spec, theme, svg) = (ctx.Spec, ctx.Theme, ctx.Svg);
        var (a, b) = (ctx.Scale(from), ctx.Scale(to));
        var radius = theme.BarRadius > 0 ? $" rx=\"{theme.BarRadius}\"" : string.Empty;
        var value = to - from;
        var label = ctx.Value(value);
        var size = theme.FontSize - 1;
        if (ctx.Horizontal)
        {
            svg.Rect(Math.Min(a, b), start, Math.Abs(b - a), thickness, radius.TrimStart());
            var x = value >= 0 ? b + 5 : b - 5;
            svg.Text(x, start + (thickness / 2) + (size * 0.35), label, $"text-anchor=\"{(value >= 0 ? "start" : "end")}\" class=\"value\"");
            return;
        }

        svg.Rect(start, Math.Min(a, b), thickness, Math.Abs(b - a), radius.TrimStart());
        var middle = start + (thickness / 2);
        if (spec.FigureType == ChartFigureTypes.StackedBar)
        {
            var light = ChartTextColor.NeedsLightText(ctx.Color(series));
            svg.Text(middle, ((a + b) / 2) + (size * 0.35), label, $"text-anchor=\"middle\" class=\"value inside {(light ? "on-dark" : "on-light")}\"");
        }
        else if (NeedsVerticalLabels(ctx, thickness))
        {
            var y = value >= 0 ? b - 5 : b + 5;
            var anchor = value >= 0 ? "start" : "end";
            svg.Text(middle + (size * 0.35), y, label, $"text-anchor=\"{anchor}\" class=\"value\" transform=\"rotate(-90 {Num(middle + (size * 0.35))} {Num(y)})\"");
        }
        else
        {
            svg.Text(middle, value >= 0 ? b - 6 : b + size + 4, label, "text-anchor=\"middle\" class=\"value\"");
        }
    }

    // Labels wider than their bar turn vertical so neighbours never collide.
    private static bool NeedsVerticalLabels(HtmlChartContext ctx, double thickness)
    {
        var longest = ctx.Spec.Series.SelectMany(s => s.Values).Max(v => ctx.Value(v!.Value).Length);
        return HtmlChartContext.TextWidth(new string('0', longest), ctx.Theme.FontSize - 1) > thickness + 2;
    }

    private static string Num(double value) => Shared.Code.SvgWriter.Num(value);
}
