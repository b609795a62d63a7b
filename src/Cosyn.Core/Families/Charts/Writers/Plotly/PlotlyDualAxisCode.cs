using Cosyn.Families.Shared.Code;

using static Cosyn.Families.Shared.Code.PythonSyntax;

namespace Cosyn.Families.Charts.Writers.Plotly;

/// <summary>Two measures in different units: bars on the primary y-axis, a labelled line on the secondary one, ranges set so their labels never meet.</summary>
internal static class PlotlyDualAxisCode
{
    public static string RightName(PlotlyContext ctx)
    {
        var name = PythonSyntax.Identifier(ctx.Spec.SecondMeasure!.Name, "second_values");
        return name == ctx.Names.Value || name == ctx.Names.Category ? name + "_right" : name;
    }

    public static void Write(PlotlyContext ctx)
    {
        var (spec, py, names, theme) = (ctx.Spec, ctx.Py, ctx.Names, ctx.Theme);
        var (left, right) = (names.Value, RightName(ctx));
        var second = spec.SecondMeasure!;
        py.Line("fig = make_subplots(specs=[[{'secondary_y': True}]])");
        py.Line($"fig.add_trace(go.Bar(x={names.Category}, y={left}, name={Str(spec.Measure.Label)}, marker_color=colors[0], texttemplate='%{{y:{ctx.Format}}}', textposition='outside', textfont_size={theme.LabelSize - 1}, cliponaxis=False), secondary_y=False)");
        py.Line($"fig.add_trace(go.Scatter(x={names.Category}, y={right}, name={Str(second.Label)}, mode='lines+markers+text', line=dict(color=colors[1], width={theme.LineWidth:0.0}), texttemplate='%{{y:{second.FormatSpec}}}', textposition='top center', textfont=dict(size={theme.LabelSize - 1}, color=colors[1]), cliponaxis=False), secondary_y=True)");
        py.Line("# bars fill the lower half, the line the upper part, so the two sets of labels stay apart");
        py.Line($"low, high = min(min({left}), 0), max(max({left}), 0)");
        py.Line($"span = max({right}) - min({right})");
        py.Line($"fig.update_yaxes(title_text={Str(spec.Measure.Label)}, range=[low - 0.08 * (high - low), high + 1.1 * (high - low)], secondary_y=False)");
        py.Line($"fig.update_yaxes(title_text={Str(second.Label)}, range=[min({right}) - 2.0 * span, max({right}) + 0.35 * span], showgrid=False, showticklabels=False, secondary_y=True)");
        py.Line("fig.update_xaxes(type='category')");
    }
}
