using static Cosyn.Families.Shared.Code.PythonSyntax;

namespace Cosyn.Families.Charts.Writers.Plotly;

/// <summary>
/// Histograms binned with <c>np.histogram</c> at explicit edges (each bin includes its lower edge) and drawn as touching
/// <c>go.Bar</c> bars labelled with their counts: Debian's plotly has no <c>texttemplate</c> on <c>go.Histogram</c>.
/// </summary>
internal static class PlotlyHistogramCode
{
    public static void Write(PlotlyContext ctx)
    {
        var (spec, py, names, theme) = (ctx.Spec, ctx.Py, ctx.Names, ctx.Theme);
        var edges = spec.Distribution!.BinEdges!;
        py.Line("# bins include their lower edge; the last one ends above the largest value");
        py.Line($"edges = {NumberList(edges.Select(e => (double?)e), 3)}");
        py.Line($"counts, _ = np.histogram({names.Value}, bins=edges)");
        py.Line("centers = [(a + b) / 2 for a, b in zip(edges[:-1], edges[1:])]");
        py.Call("fig = go.Figure(go.Bar(",
        [
            "x=centers", "y=counts", "width=[b - a for a, b in zip(edges[:-1], edges[1:])]", "text=counts", "textposition='outside'",
            "marker=dict(color=colors[0], line=dict(width=1, color='white'))", $"textfont_size={theme.LabelSize}", "cliponaxis=False",
        ], "))");
    }
}
