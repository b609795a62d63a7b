namespace Cosyn.Families.Charts.Writers.Plotly;

/// <summary>Line, multi-line and area charts as <c>go.Scatter</c> traces with every point labelled; a missing reading is <c>None</c> and shows as a gap.</summary>
internal static class PlotlyLineCode
{
    public static void Write(PlotlyContext ctx)
    {
        var (spec, py, names, theme) = (ctx.Spec, ctx.Py, ctx.Names, ctx.Theme);
        var width = theme.LineWidth.ToString("0.0", CultureInfo.InvariantCulture);
        var label = $"texttemplate='%{{y:{ctx.Format}}}'";
        if (!spec.IsMultiSeries)
        {
            List<string> args =
            [
                $"x={names.Category}", $"y={names.Value}", "mode='lines+markers+text'", $"line=dict(color=colors[0], width={width})",
                $"marker=dict(size=8, symbol='{theme.Marker}')", label, "textposition='top center'", $"textfont_size={theme.LabelSize}", "cliponaxis=False",
            ];
            if (spec.FigureType == ChartFigureTypes.Area)
            {
                args.Add("fill='tozeroy'");
            }

            py.Call("fig = go.Figure(go.Scatter(", args, "))");
            return;
        }

        py.Line("# Label each point above its line where that line is the higher one and below otherwise, so close lines' labels separate.");
        py.Line("tops = [max((v for v in column if v is not None), default=None) for column in zip(*data.values())]");
        py.Line("fig = go.Figure()");
        py.Block("for (name, values), color in zip(data.items(), colors):", b => b
            .Line("positions = ['top center' if v == top else 'bottom center' for v, top in zip(values, tops)]")
            .Call("fig.add_trace(go.Scatter(",
            [
                "name=name", $"x={names.Category}", "y=values", "mode='lines+markers+text'", $"line=dict(color=color, width={width})",
                $"marker=dict(size=7, symbol='{theme.Marker}')", label, "textposition=positions",
                $"textfont=dict(size={theme.LabelSize - 1}, color=color)", "cliponaxis=False",
            ], "))"));
    }
}
