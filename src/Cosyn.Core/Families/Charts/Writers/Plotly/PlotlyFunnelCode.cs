namespace Cosyn.Families.Charts.Writers.Plotly;

/// <summary>Funnels as <c>go.Funnel</c>, widest stage on top, each stage labelled with its count.</summary>
internal static class PlotlyFunnelCode
{
    public static void Write(PlotlyContext ctx)
    {
        var (py, names, theme) = (ctx.Py, ctx.Names, ctx.Theme);
        py.Call("fig = go.Figure(go.Funnel(",
        [
            $"y={names.Category}", $"x={names.Value}", "textinfo='value'", $"texttemplate='%{{value:{ctx.Format}}}'",
            $"marker=dict(color=colors[:len({names.Category})])", $"textfont_size={theme.LabelSize + 1}",
            "connector=dict(line=dict(color='lightgray', width=1))",
        ], "))");
        // Stage names sit left of the plot in the fixed 80 px margin: longer ones ("Payment page") ran off the image.
        py.Line("fig.update_yaxes(automargin=True)");
    }
}
