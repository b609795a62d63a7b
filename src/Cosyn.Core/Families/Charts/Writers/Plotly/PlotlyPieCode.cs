namespace Cosyn.Families.Charts.Writers.Plotly;

/// <summary>
/// Pie and donut charts as <c>go.Pie</c>: every slice shows its percentage (one decimal, as the share questions round)
/// and its name with the value, either on outside labels or in the legend. Donuts print the total in the hole.
/// </summary>
internal static class PlotlyPieCode
{
    public static void Write(PlotlyContext ctx)
    {
        var (py, names) = (ctx.Py, ctx.Names);
        var labels = names.Category;
        if (ctx.Theme.PieLegend)
        {
            py.Line($"labels = [f'{{name}}: {{value:{ctx.Format}}}{ctx.UnitSuffix}' for name, value in zip({names.Category}, {names.Value})]");
            labels = "labels";
        }

        py.Call("fig = go.Figure(go.Pie(", [$"labels={labels}", $"values={names.Value}", .. SliceArguments(ctx)], "))");
        WriteHoleTotal(ctx, $"sum({names.Value})");
    }

    /// <summary>Slice order, direction, colours and text: shared with the plotly.express form.</summary>
    public static IEnumerable<string> SliceArguments(PlotlyContext ctx)
    {
        var theme = ctx.Theme;
        if (ctx.Spec.FigureType == ChartFigureTypes.Donut)
        {
            yield return $"hole={theme.Hole:0.00}";
        }

        // Keep the data's order (plotly sorts slices by size unless told), running clockwise from twelve o'clock.
        yield return "sort=False";
        yield return "direction='clockwise'";
        yield return "marker=dict(colors=colors, line=dict(color='white', width=2))";
        if (theme.PieLegend)
        {
            yield return "texttemplate='%{percent:.1%}'";
            yield return "textposition='inside'";
            yield return "insidetextorientation='horizontal'";
        }
        else
        {
            yield return $"texttemplate='%{{label}}<br>%{{value:{ctx.Format}}}{ctx.UnitSuffix}<br>%{{percent:.1%}}'";
            yield return "textposition='outside'";
            yield return "showlegend=False";
        }

        yield return $"textfont_size={theme.LabelSize}";
    }

    /// <summary>Donut only: the total in the middle of the hole.</summary>
    public static void WriteHoleTotal(PlotlyContext ctx, string total)
    {
        if (ctx.Spec.FigureType != ChartFigureTypes.Donut)
        {
            return;
        }

        ctx.Py.Line($"total = {total}");
        ctx.Py.Line($"fig.add_annotation(text=f'Total<br><b>{{total:{ctx.Format}}}{ctx.UnitSuffix}</b>', x=0.5, y=0.5, xref='paper', yref='paper', showarrow=False, font_size={ctx.Theme.FontSize + 4})");
    }
}
