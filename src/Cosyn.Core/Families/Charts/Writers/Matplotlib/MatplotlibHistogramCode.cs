using static Cosyn.Families.Shared.Code.PythonSyntax;

namespace Cosyn.Families.Charts.Writers.Matplotlib;

/// <summary>Histograms of the raw observations over fixed bin edges (ticks on the edges), each bar labelled with its count.</summary>
internal static class MatplotlibHistogramCode
{
    public static void Data(MatplotlibContext ctx)
    {
        var spec = ctx.Spec;
        var edges = spec.Distribution!.BinEdges!;
        var decimals = edges.Max(e => Decimals(e));
        ctx.Py.Line($"{ctx.ValueVar} = {NumberList(spec.Distribution.Groups[0].Select(v => (double?)v), spec.Measure.Decimals)}");
        ctx.Py.Line("# bins include their lower edge; the last edge lies above the largest value");
        ctx.Py.Line($"bins = {NumberList(edges.Select(e => (double?)e), decimals)}");
    }

    public static void Body(MatplotlibContext ctx)
    {
        var (theme, py) = (ctx.Theme, ctx.Py);
        var edge = theme.EdgeColor == "none" ? "white" : theme.EdgeColor;
        py.Line($"counts, edges, bars = ax.hist({ctx.ValueVar}, bins=bins, color=colors[0], edgecolor='{edge}', linewidth=1, rwidth={(theme.BarWidth >= 0.7 ? "1.0" : "0.92")})");
        py.Line($"ax.bar_label(bars, fmt='%d', padding=2, fontsize={theme.LabelSize})");
        py.Line("ax.set_xticks(bins)");
        py.Line("ax.margins(y=0.1)");
        if (ctx.Spec.Distribution!.BinEdges!.Count > 11 || ctx.Spec.Distribution.BinEdges.Max(e => e.ToString(System.Globalization.CultureInfo.InvariantCulture).Length) > 5)
        {
            py.Line("plt.setp(ax.get_xticklabels(), rotation=45, ha='right', rotation_mode='anchor')");
        }
    }

    private static int Decimals(double value)
    {
        for (var d = 0; d < 4; d++)
        {
            if (Math.Abs(value - Math.Round(value, d)) < 1e-9)
            {
                return d;
            }
        }

        return 4;
    }
}
