using Cosyn.Families.Charts.Styling;
using Cosyn.Families.Shared.Code;

namespace Cosyn.Families.Charts.Writers.Latex;

/// <summary>Grouped (<c>ybar</c>) and stacked (<c>ybar stacked</c>) bars; every bar or segment labelled, stacks also with their totals.</summary>
internal static class PgfplotsSeriesBarCode
{
    public static IEnumerable<string> Options(PgfplotsContext ctx)
    {
        var (spec, theme) = (ctx.Spec, ctx.Theme);
        var stacked = spec.FigureType == ChartFigureTypes.StackedBar;
        var width = stacked ? theme.BarWidth : 0.8 / spec.Series.Count;
        yield return (stacked ? "ybar stacked" : "ybar=1pt") + $", bar width={PgfplotsContext.Number(width)}";
        foreach (var option in ctx.CategoryTicks('x'))
        {
            yield return option;
        }

        yield return "enlarge x limits={abs=0.6}";
        var negative = spec.Series.SelectMany(s => s.Values).Any(v => v < 0);
        yield return negative ? "enlarge y limits=0.15" : "ymin=0, enlarge y limits={upper, value=0.15}";
        if (!stacked)
        {
            foreach (var option in ctx.ValueLabels())
            {
                yield return option;
            }

            if (NeedsVerticalLabels(ctx))
            {
                yield return "every node near coord/.append style={rotate=90, anchor=west}";
            }
        }
    }

    public static void Write(PgfplotsContext ctx)
    {
        var (spec, tex) = (ctx.Spec, ctx.Tex);
        var stacked = spec.FigureType == ChartFigureTypes.StackedBar;
        var edge = stacked ? "draw=white" : "draw=none";
        for (var s = 0; s < spec.Series.Count; s++)
        {
            var meta = stacked ? null : (Func<string, string?>)(v => v);
            var points = spec.Series[s].Values.Select((v, i) => (Position(i), ctx.Value(v!.Value), meta?.Invoke(ctx.Value(v!.Value))));
            tex.Line($"\\addplot[fill={PgfplotsContext.ColorName(s)}, {edge}] {PgfplotsContext.Coordinates(points)};");
            tex.Line($"\\addlegendentry{{{LatexText.Escape(spec.Series[s].Name)}}}");
        }

        if (stacked)
        {
            WriteStackLabels(ctx);
        }
    }

    // pgfplots draws bars when the axis ends, over any \node inside it; so the axis names label anchors and the labels follow it.
    private static void WriteStackLabels(PgfplotsContext ctx)
    {
        var (spec, tex) = (ctx.Spec, ctx.Tex);
        tex.Line("% label anchors: the middle of each segment and the top of each stack");
        for (var i = 0; i < spec.Categories.Count; i++)
        {
            var bottom = 0.0;
            for (var s = 0; s < spec.Series.Count; s++)
            {
                var value = spec.Series[s].Values[i]!.Value;
                tex.Line($"\\coordinate (seg-{i}-{s}) at (axis cs:{Position(i)},{PgfplotsContext.Number(bottom + (value / 2))});");
                bottom += value;
            }

            tex.Line($"\\coordinate (top-{i}) at (axis cs:{Position(i)},{PgfplotsContext.Number(bottom)});");
        }
    }

    /// <summary>Stacked bars: segment values centred in their segments and stack totals above, drawn over the finished axis.</summary>
    public static void WriteAfterAxis(PgfplotsContext ctx)
    {
        var (spec, theme, tex) = (ctx.Spec, ctx.Theme, ctx.Tex);
        if (spec.FigureType != ChartFigureTypes.StackedBar)
        {
            return;
        }

        for (var i = 0; i < spec.Categories.Count; i++)
        {
            for (var s = 0; s < spec.Series.Count; s++)
            {
                var color = ChartTextColor.NeedsLightText(theme.Palette[s % theme.Palette.Count]) ? "white" : "black";
                tex.Line($"\\node[font={theme.LabelFont}, text={color}] at (seg-{i}-{s}) {{{ctx.Value(spec.Series[s].Values[i]!.Value)}}};");
            }

            var total = ctx.Value(spec.Series.Sum(s => s.Values[i]!.Value));
            tex.Line($"\\node[above, font={theme.LabelFont}\\bfseries] at (top-{i}) {{{total}}};");
        }
    }

    // Labels wider than their bar turn vertical so neighbours never collide (about 0.17 cm per digit).
    private static bool NeedsVerticalLabels(PgfplotsContext ctx)
    {
        var spec = ctx.Spec;
        var barCm = (ctx.Theme.WidthCm - 1.5) / (spec.Categories.Count + 1.2) * 0.8 / spec.Series.Count;
        var longest = spec.Series.SelectMany(s => s.Values).Max(v => ctx.Value(v!.Value).Length);
        return longest * 0.17 > barCm;
    }

    private static string Position(int i) => i.ToString(CultureInfo.InvariantCulture);
}
