using static Cosyn.Families.Shared.Code.PythonSyntax;

namespace Cosyn.Families.Charts.Writers.Plotly;

/// <summary>Bubble charts: <c>go.Scatter</c> markers sized by area (<c>sizemode='area'</c>), each labelled with its name and size.</summary>
internal static class PlotlyBubbleCode
{
    public static void Write(PlotlyContext ctx)
    {
        var (spec, py, names, theme) = (ctx.Spec, ctx.Py, ctx.Names, ctx.Theme);
        var size = spec.SizeMeasure!;
        var unit = size.Unit.Length == 0 ? string.Empty : " " + size.Unit;
        py.Line($"labels = [f'{{name}}<br>{{s:{size.FormatSpec}}}{unit}' for name, s in zip({names.Category}, sizes)]");
        py.Call("fig = go.Figure(go.Scatter(",
        [
            $"x={names.X}", $"y={names.Value}", "mode='markers+text'", "text=labels", "textposition='middle center'",
            "marker=dict(size=sizes, sizemode='area', sizeref=2.0 * max(sizes) / 70 ** 2, sizemin=8, color=colors[0], opacity=0.55, line=dict(width=1, color='white'))",
            $"textfont_size={theme.LabelSize}", "cliponaxis=False",
        ], "))");
        py.Line($"fig.add_annotation(text={Str("Bubble area: " + size.Label)}, xref='paper', yref='paper', x=1, y=0, xanchor='right', yanchor='bottom', showarrow=False, font=dict(size={theme.LabelSize}, color='gray'))");
    }
}
