using static Cosyn.Families.Shared.Code.PythonSyntax;

namespace Cosyn.Families.Charts.Writers.Plotly;

/// <summary>Radar charts as closed <c>go.Scatterpolar</c> outlines, clockwise from the top, every vertex labelled.</summary>
internal static class PlotlyRadarCode
{
    public static void Write(PlotlyContext ctx)
    {
        var (spec, py, names, theme) = (ctx.Spec, ctx.Py, ctx.Names, ctx.Theme);
        py.Line($"{names.Category} = {StrList(spec.Categories)}");
        if (spec.IsMultiSeries)
        {
            py.Line("data = {");
            foreach (var series in spec.Series)
            {
                py.Line($"    {Str(series.Name)}: {NumberList(series.Values, spec.Measure.Decimals)},");
            }

            py.Line("}");
        }
        else
        {
            py.Line($"data = {{{Str(spec.Measure.Name)}: {NumberList(spec.Series[0].Values, spec.Measure.Decimals)}}}");
        }

        py.Line("# the outer value at each spoke is labelled outside the line, the inner one inside");
        py.Line("tops = [max(column) for column in zip(*data.values())]");
        py.Line("fig = go.Figure()");
        py.Block("for (name, values), color in zip(data.items(), colors):", b => b
            .Line("positions = ['top center' if v == top else 'bottom center' for v, top in zip(values, tops)]")
            .Call("fig.add_trace(go.Scatterpolar(",
            [
                $"r=values + values[:1]", $"theta={names.Category} + {names.Category}[:1]", "name=name", "fill='toself'", "opacity=0.85",
                "mode='lines+markers+text'", $"text=[f'{{v:{ctx.Format}}}' for v in values] + ['']", "textposition=positions + positions[:1]",
                $"line=dict(color=color, width={theme.LineWidth:0.0})", $"textfont=dict(size={theme.LabelSize}, color=color)",
            ], "))"));
        py.Line($"fig.update_polars(angularaxis=dict(direction='clockwise', rotation=90), radialaxis=dict(range=[0, max(tops) * 1.15], tickfont_size={theme.LabelSize - 2}))");
    }
}
