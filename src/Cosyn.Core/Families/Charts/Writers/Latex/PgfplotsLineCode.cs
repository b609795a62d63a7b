using Cosyn.Families.Shared.Code;

namespace Cosyn.Families.Charts.Writers.Latex;

/// <summary>Line, multi-line and area charts with every point labelled; a missing reading is <c>nan</c> and shows as a gap.</summary>
internal static class PgfplotsLineCode
{
    public static IEnumerable<string> Options(PgfplotsContext ctx)
    {
        var spec = ctx.Spec;
        foreach (var option in ctx.CategoryTicks('x'))
        {
            yield return option;
        }

        yield return "enlarge x limits={abs=0.4}";
        var nonNegativeArea = spec.FigureType == ChartFigureTypes.Area && spec.Series[0].Values.All(v => v >= 0);
        // The fill starts at zero, so the axis should too; lines get room above and below for their labels.
        yield return nonNegativeArea ? "ymin=0, enlarge y limits={upper, value=0.15}" : "enlarge y limits=0.18";
        if (spec.Series.Any(s => s.HasMissing))
        {
            yield return "unbounded coords=jump";
        }

        if (spec.FigureType != ChartFigureTypes.MultiLine)
        {
            foreach (var option in ctx.ValueLabels())
            {
                yield return option;
            }
        }
    }

    public static void Write(PgfplotsContext ctx)
    {
        var (spec, theme, tex) = (ctx.Spec, ctx.Theme, ctx.Tex);
        var style = $"{theme.LineWidth}, mark={theme.Mark}, mark options={{solid, fill=white}}";
        if (spec.FigureType != ChartFigureTypes.MultiLine)
        {
            var color = PgfplotsContext.ColorName(0);
            if (spec.FigureType == ChartFigureTypes.Area)
            {
                tex.Line($"\\addplot[fill={color}, fill opacity=0.3, draw=none, forget plot] {Points(ctx, 0, labelled: false)} \\closedcycle;");
            }

            tex.Line($"\\addplot[color={color}, {style}] {Points(ctx, 0, labelled: true)};");
            return;
        }

        for (var s = 0; s < spec.Series.Count; s++)
        {
            tex.Line($"\\addplot[color={PgfplotsContext.ColorName(s)}, {style}] {Points(ctx, s, labelled: false)};");
            tex.Line($"\\addlegendentry{{{LatexText.Escape(spec.Series[s].Name)}}}");
        }

        WriteSeriesLabels(ctx);
    }

    // Above a point when its series is on top at that x, below otherwise, so labels of close lines separate.
    private static void WriteSeriesLabels(PgfplotsContext ctx)
    {
        var (spec, tex) = (ctx.Spec, ctx.Tex);
        tex.Line("% value labels: above the upper line, below the lower one");
        for (var i = 0; i < spec.Categories.Count; i++)
        {
            var column = spec.Series.Select(s => s.Values[i]).ToList();
            var top = column.IndexOf(column.Max());
            for (var s = 0; s < spec.Series.Count; s++)
            {
                if (column[s] is not { } value)
                {
                    continue;
                }

                var side = s == top ? "above" : "below";
                tex.Line($"\\node[{side}, font={ctx.Theme.LabelFont}, text={PgfplotsContext.ColorName(s)}, fill=white, fill opacity=0.75, text opacity=1, inner sep=1.5pt] at (axis cs:{Position(i)},{ctx.Value(value)}) {{{ctx.Value(value)}}};");
            }
        }
    }

    private static string Points(PgfplotsContext ctx, int series, bool labelled) =>
        PgfplotsContext.Coordinates(ctx.Spec.Series[series].Values.Select((v, i) =>
        {
            var y = v is { } value ? ctx.Value(value) : "nan";
            return (Position(i), y, labelled ? (v is null ? string.Empty : y) : null);
        }));

    private static string Position(int i) => i.ToString(CultureInfo.InvariantCulture);
}
