namespace Cosyn.Pipelines.ChartMatplotlib;

/// <summary>Scatter plots with every point labelled by name, optionally with a least-squares trend line.</summary>
internal static class MatplotlibScatterCode
{
    public static void Write(MatplotlibContext ctx)
    {
        var (theme, py) = (ctx.Theme, ctx.Py);
        var edge = theme.EdgeColor == "none" ? string.Empty : $", edgecolor='{(theme.EdgeColor == "white" ? "white" : "black")}', linewidth=0.6";
        py.Line($"ax.scatter({ctx.XVar}, {ctx.ValueVar}, s=70, color=colors[0], marker='{theme.Marker}'{edge}, zorder=3)");
        py.Block($"for label, x, y in zip({ctx.CategoryVar}, {ctx.XVar}, {ctx.ValueVar}):", b => b
            .Line($"ax.annotate(label, (x, y), textcoords='offset points', xytext=(6, 5), fontsize={theme.LabelSize})"));
        if (theme.TrendLine)
        {
            py.Line($"slope, intercept = np.polyfit({ctx.XVar}, {ctx.ValueVar}, 1)");
            py.Line($"trend_x = np.linspace(min({ctx.XVar}), max({ctx.XVar}), 100)");
            py.Line("ax.plot(trend_x, slope * trend_x + intercept, linestyle='--', color='gray', linewidth=1.2, zorder=2)");
        }

        py.Line("ax.margins(x=0.12, y=0.1)");
    }
}
