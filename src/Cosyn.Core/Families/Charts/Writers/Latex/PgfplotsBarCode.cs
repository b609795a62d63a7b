namespace Cosyn.Families.Charts.Writers.Latex;

/// <summary>Single-series vertical (<c>ybar</c>) and horizontal (<c>xbar</c>) bars, each labelled with its value.</summary>
internal static class PgfplotsBarCode
{
    public static IEnumerable<string> Options(PgfplotsContext ctx)
    {
        var horizontal = ctx.Spec.FigureType == ChartFigureTypes.HorizontalBar;
        var (bars, categories, values) = horizontal ? ("xbar", 'y', 'x') : ("ybar", 'x', 'y');
        var negative = ctx.Spec.Series[0].Values.Any(v => v < 0);
        yield return $"{bars}, bar width={PgfplotsContext.Number(ctx.Theme.BarWidth)}";
        foreach (var option in ctx.CategoryTicks(categories))
        {
            yield return option;
        }

        if (horizontal)
        {
            // Read top to bottom in the data's order.
            yield return "y dir=reverse";
        }

        yield return $"enlarge {categories} limits={{abs=0.6}}";
        yield return negative ? $"enlarge {values} limits=0.15" : $"{values}min=0, enlarge {values} limits={{upper, value=0.18}}";
        foreach (var option in ctx.ValueLabels())
        {
            yield return option;
        }

        if (horizontal && !negative)
        {
            // Symbolic labels defeat pgfplots' sign-based alignment, which would centre them on the bar's end.
            yield return "every node near coord/.append style={anchor=west}";
        }
    }

    public static void Write(PgfplotsContext ctx)
    {
        var horizontal = ctx.Spec.FigureType == ChartFigureTypes.HorizontalBar;
        var points = ctx.Spec.Series[0].Values.Select((v, i) =>
        {
            var (position, value) = (i.ToString(System.Globalization.CultureInfo.InvariantCulture), ctx.Value(v!.Value));
            return horizontal ? (value, position, (string?)value) : (position, value, (string?)value);
        });
        var edge = ctx.Theme.BoxAxes ? "draw=black!60" : "draw=none";
        ctx.Tex.Line($"\\addplot[fill={PgfplotsContext.ColorName(0)}, {edge}] {PgfplotsContext.Coordinates(points)};");
    }
}
