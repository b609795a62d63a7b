using static Cosyn.Families.Shared.Code.PythonSyntax;

namespace Cosyn.Families.Charts.Writers.Plotly;

/// <summary>Heatmaps as <c>go.Heatmap</c>: one row per series, one column per category, every cell's value printed on it.</summary>
internal static class PlotlyHeatmapCode
{
    // Whether the scale's high end is its dark end (sequential "light to dark" scales) or its light end (Viridis, Magma, Cividis).
    private static readonly (string Name, bool DarkHigh)[] Colorscales =
        [("Viridis", false), ("YlGnBu", true), ("Blues", true), ("Magma", false), ("OrRd", true), ("Tealgrn", true), ("Cividis", false), ("Purples", true)];

    public static void Write(PlotlyContext ctx)
    {
        var (spec, py, names, theme) = (ctx.Spec, ctx.Py, ctx.Names, ctx.Theme);
        var (scale, darkHigh) = ctx.Random.Pick(Colorscales);
        var reversed = ctx.Random.Chance(0.3);
        py.Line($"{names.Category} = {StrList(spec.Categories)}");
        py.Line($"row_labels = {StrList(spec.Series.Select(s => s.Name))}");
        py.Line("values = [");
        foreach (var series in spec.Series)
        {
            py.Line($"    {NumberList(series.Values, spec.Measure.Decimals, "None")},  # {series.Name}");
        }

        py.Line("]");
        py.Call("fig = go.Figure(go.Heatmap(",
        [
            "z=values", $"x={names.Category}", "y=row_labels", $"colorscale='{scale}'", $"reversescale={(reversed ? "True" : "False")}",
            $"xgap={(ctx.Random.Chance(0.5) ? 2 : 0)}", "ygap=2", $"colorbar=dict(title=dict(text={Str(spec.Measure.Label)}, side='right'))",
        ], "))");
        py.Line("# one annotation per cell, white on the darker half of the scale (Debian's plotly has no heatmap texttemplate);");
        py.Line("# on category axes annotations take the category's index");
        py.Line("low, high = min(min(row) for row in values), max(max(row) for row in values)");
        py.Block("for i, row in enumerate(values):", b => b.Block("for j, value in enumerate(row):", inner => inner
            .Line($"dark = (value - low) / (high - low) {(darkHigh != reversed ? ">" : "<")} 0.5")
            .Line($"fig.add_annotation(x=j, y=i, text=f'{{value:{ctx.Format}}}', showarrow=False, font=dict(size={theme.LabelSize}, color='white' if dark else 'black'))")));
    }
}
