namespace Cosyn.Families.Charts.Writers.Plotly;

/// <summary>Vertical, horizontal, grouped and stacked bars as <c>go.Bar</c> traces, every bar labelled; stacks also show their totals.</summary>
internal static class PlotlyBarCode
{
    public static void Write(PlotlyContext ctx)
    {
        if (ctx.Spec.IsMultiSeries)
        {
            WriteSeries(ctx);
            return;
        }

        var (py, names, theme) = (ctx.Py, ctx.Names, ctx.Theme);
        var color = "colors[0]";
        if (ctx.HasNegative)
        {
            py.Line($"bar_colors = [colors[0] if v >= 0 else colors[1] for v in {names.Value}]");
            color = "bar_colors";
        }

        var (x, y, axis) = ctx.Horizontal ? (names.Value, names.Category, "x") : (names.Category, names.Value, "y");
        List<string> args = [$"x={x}", $"y={y}"];
        if (ctx.Horizontal)
        {
            args.Add("orientation='h'");
        }

        args.AddRange([$"marker_color={color}", $"texttemplate='%{{{axis}:{ctx.Format}}}'", "textposition='outside'", $"textfont_size={theme.LabelSize}", "cliponaxis=False"]);
        py.Call("fig = go.Figure(go.Bar(", args, "))");
    }

    private static void WriteSeries(PlotlyContext ctx)
    {
        var (py, names, theme) = (ctx.Py, ctx.Names, ctx.Theme);
        var stacked = ctx.Spec.FigureType == ChartFigureTypes.StackedBar;
        py.Line("fig = go.Figure()");
        py.Block("for (name, values), color in zip(data.items(), colors):", b => b.Call("fig.add_trace(go.Bar(",
        [
            "name=name", $"x={names.Category}", "y=values", "marker_color=color", $"texttemplate='%{{y:{ctx.Format}}}'",
            stacked ? "textposition='inside'" : "textposition='outside'",
            stacked ? "insidetextanchor='middle'" : "cliponaxis=False",
            $"textfont_size={theme.LabelSize - 1}",
        ], "))"));
        if (!stacked)
        {
            return;
        }

        // A text-only trace puts each stack's total just above it.
        py.Line("totals = [sum(column) for column in zip(*data.values())]");
        py.Call("fig.add_trace(go.Scatter(",
        [
            $"x={names.Category}", "y=totals", "mode='text'", $"text=[f'<b>{{total:{ctx.Format}}}</b>' for total in totals]",
            "textposition='top center'", $"textfont_size={theme.LabelSize}", "showlegend=False", "hoverinfo='skip'",
        ], "))");
    }
}
