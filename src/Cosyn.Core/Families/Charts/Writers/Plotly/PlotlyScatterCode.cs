using Cosyn.Families.Charts.Styling;

using static Cosyn.Families.Shared.Code.PythonSyntax;

namespace Cosyn.Families.Charts.Writers.Plotly;

/// <summary>Scatter plots as <c>go.Scatter</c> markers, each point named; names go above or below so neighbours stay readable.</summary>
internal static class PlotlyScatterCode
{
    public static void Write(PlotlyContext ctx)
    {
        var (py, names, theme) = (ctx.Py, ctx.Names, ctx.Theme);
        py.Line("# names above or below their points, chosen so close neighbours do not cover each other");
        py.Line($"positions = {StrList(Positions(ctx))}");
        py.Call("fig = go.Figure(go.Scatter(",
        [
            $"x={names.X}", $"y={names.Value}", "mode='markers+text'", $"text={names.Category}", "textposition=positions",
            $"marker=dict(size=12, color=colors[0], symbol='{theme.Marker}', line=dict(width=1, color='white'))",
            $"textfont_size={theme.LabelSize}", "cliponaxis=False",
        ], "))");
    }

    /// <summary>Plotly <c>textposition</c> per point.</summary>
    public static IEnumerable<string> Positions(PlotlyContext ctx)
    {
        var spec = ctx.Spec;
        var charsAcross = (ctx.Theme.Width - 160) / (ctx.Theme.LabelSize * 0.56);
        var above = ScatterLabelSides.Above(spec.XValues!, [.. spec.Series[0].Values.Select(v => v!.Value)], spec.Categories, charsAcross);
        return above.Select(a => a ? "top center" : "bottom center");
    }
}
