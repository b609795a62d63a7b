namespace Cosyn.Families.Charts.Writers.Plotly;

/// <summary>
/// One <c>go.Box</c> per group from the raw observations, with the median and quartiles annotated beside each box
/// (numpy's percentiles equal Plotly's inclusive quartiles for these sample sizes).
/// </summary>
internal static class PlotlyBoxCode
{
    public static void Write(PlotlyContext ctx)
    {
        var (py, theme) = (ctx.Py, ctx.Theme);
        py.Line("fig = go.Figure()");
        py.Line("# annotations sit at the box's index on the category axis");
        py.Block("for i, ((name, values), color) in enumerate(zip(data.items(), colors)):", b => b
            .Line("fig.add_trace(go.Box(y=values, name=name, marker_color=color, boxpoints='outliers', quartilemethod='inclusive', width=0.5))")
            .Line("q1, median, q3 = np.percentile(values, [25, 50, 75])")
            .Line($"fig.add_annotation(x=i, y=median, text=f'<b>{{median:{ctx.Format}}}</b>', xshift=52, showarrow=False, font_size={theme.LabelSize})")
            .Line($"fig.add_annotation(x=i, y=q3, text=f'{{q3:{ctx.Format}}}', xshift=-50, yshift=7, showarrow=False, font_size={theme.LabelSize - 1})")
            .Line($"fig.add_annotation(x=i, y=q1, text=f'{{q1:{ctx.Format}}}', xshift=-50, yshift=-7, showarrow=False, font_size={theme.LabelSize - 1})"));
    }
}
