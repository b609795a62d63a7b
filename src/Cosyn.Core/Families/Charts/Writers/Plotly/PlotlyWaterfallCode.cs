namespace Cosyn.Families.Charts.Writers.Plotly;

/// <summary>Waterfalls as <c>go.Waterfall</c>: the first bar absolute, the steps relative, the last the computed total, all labelled.</summary>
internal static class PlotlyWaterfallCode
{
    private static readonly (string Rise, string Fall)[] Pairs = [("#2ca02c", "#d62728"), ("#26a69a", "#ef5350"), ("#1b9e77", "#d95f02"), ("#3b7dd8", "#e8833a")];

    public static void Write(PlotlyContext ctx)
    {
        var (spec, py, names, theme) = (ctx.Spec, ctx.Py, ctx.Names, ctx.Theme);
        var (rise, fall) = ctx.Random.Pick(Pairs);
        var format = spec.Measure.FormatSpec;
        py.Line($"measures = ['absolute'] + ['relative'] * (len({names.Value}) - 2) + ['total']");
        py.Line($"labels = [f'{{v:{format}}}' if m != 'relative' else f'{{v:+{format}}}' for v, m in zip({names.Value}, measures)]");
        py.Call("fig = go.Figure(go.Waterfall(",
        [
            $"x={names.Category}", $"y={names.Value}", "measure=measures", "text=labels", "textposition='outside'",
            $"increasing=dict(marker_color='{rise}')", $"decreasing=dict(marker_color='{fall}')", "totals=dict(marker_color=colors[0])",
            "connector=dict(line=dict(color='gray', dash='dot', width=1))", $"textfont_size={theme.LabelSize}", "cliponaxis=False",
        ], "))");
    }
}
