using Cosyn.Families.Shared.Code;

namespace Cosyn.Families.Charts.Writers.Html;

/// <summary>Line, multi-line and area charts: a path per series (broken where a reading is missing), a marker and a value label per point.</summary>
internal static class HtmlLineSvg
{
    public static void Write(HtmlChartContext ctx)
    {
        var (spec, svg) = (ctx.Spec, ctx.Svg);
        for (var s = 0; s < spec.Series.Count; s++)
        {
            var color = ctx.Color(s);
            var values = spec.Series[s].Values;
            svg.Line($"<g class=\"series\">");
            if (spec.FigureType == ChartFigureTypes.Area)
            {
                var area = new StringBuilder($"M{SvgWriter.Num(ctx.Center(0))},{SvgWriter.Num(ctx.Baseline)}");
                for (var i = 0; i < values.Count; i++)
                {
                    area.Append($" L{SvgWriter.Num(ctx.Center(i))},{SvgWriter.Num(ctx.Scale(values[i]!.Value))}");
                }

                area.Append($" L{SvgWriter.Num(ctx.Center(values.Count - 1))},{SvgWriter.Num(ctx.Baseline)} Z");
                svg.Line($"<path d=\"{area}\" fill=\"{color}\" fill-opacity=\"0.25\" stroke=\"none\"/>");
            }

            svg.Line($"<path d=\"{LinePath(ctx, values)}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"2.5\" stroke-linejoin=\"round\"/>");
            for (var i = 0; i < values.Count; i++)
            {
                if (values[i] is not { } value)
                {
                    continue; // no reading: the line shows a gap and there is nothing to label
                }

                var (x, y) = (ctx.Center(i), ctx.Scale(value));
                svg.Line($"<circle cx=\"{SvgWriter.Num(x)}\" cy=\"{SvgWriter.Num(y)}\" r=\"4\" fill=\"{color}\" stroke=\"#FFFFFF\" stroke-width=\"1.5\"/>");
                // Single series: above the point, below for negative values so the label stays off the zero line.
                var above = spec.IsMultiSeries ? IsTop(spec, s, i) : value >= 0;
                svg.Text(x, above ? y - 9 : y + ctx.Theme.FontSize + 6, ctx.Value(value), "text-anchor=\"middle\" class=\"value\"");
            }

            svg.Line("</g>");
        }
    }

    // Above a point when its series is on top at that x, below otherwise, so labels of close lines separate.
    private static bool IsTop(ChartSpec spec, int series, int i)
    {
        var column = spec.Series.Select(s => s.Values[i]).ToList();
        return column.IndexOf(column.Max()) == series;
    }

    private static string LinePath(HtmlChartContext ctx, IReadOnlyList<double?> values)
    {
        var path = new StringBuilder();
        var pen = false;
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is not { } value)
            {
                pen = false;
                continue;
            }

            path.Append(path.Length == 0 ? string.Empty : " ").Append(pen ? 'L' : 'M')
                .Append(SvgWriter.Num(ctx.Center(i))).Append(',').Append(SvgWriter.Num(ctx.Scale(value)));
            pen = true;
        }

        return path.ToString();
    }
}
