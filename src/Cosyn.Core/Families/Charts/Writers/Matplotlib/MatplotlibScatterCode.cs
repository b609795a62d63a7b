namespace Cosyn.Families.Charts.Writers.Matplotlib;

/// <summary>Scatter plots with every point labelled by name (offsets chosen to avoid collisions), optionally with a trend line.</summary>
internal static class MatplotlibScatterCode
{
    public static void Write(MatplotlibContext ctx)
    {
        var (spec, theme, py) = (ctx.Spec, ctx.Theme, ctx.Py);
        var offsets = ScatterLabelPlacer.Place(spec.XValues!, [.. spec.Series[0].Values.Select(v => v!.Value)], spec.Categories, theme);
        var edge = theme.EdgeColor == "none" ? string.Empty : $", edgecolor='{(theme.EdgeColor == "white" ? "white" : "black")}', linewidth=0.6";
        py.Line($"ax.scatter({ctx.XVar}, {ctx.ValueVar}, s=70, color=colors[0], marker='{theme.Marker}'{edge}, zorder=3)");
        py.Line("# label offsets (points) chosen so neighbouring names do not collide");
        py.Line("offsets = [" + string.Join(", ", offsets.Select(o => string.Create(CultureInfo.InvariantCulture, $"({o.Dx}, {o.Dy})"))) + "]");
        py.Block($"for label, x, y, (dx, dy) in zip({ctx.CategoryVar}, {ctx.XVar}, {ctx.ValueVar}, offsets):", b => b
            .Line("align = 'left' if dx > 0 else 'right' if dx < 0 else 'center'")
            .Line($"ax.annotate(label, (x, y), textcoords='offset points', xytext=(dx, dy), ha=align, fontsize={theme.LabelSize})"));
        if (theme.TrendLine)
        {
            py.Line($"slope, intercept = np.polyfit({ctx.XVar}, {ctx.ValueVar}, 1)");
            py.Line($"trend_x = np.linspace(min({ctx.XVar}), max({ctx.XVar}), 100)");
            py.Line("ax.plot(trend_x, slope * trend_x + intercept, linestyle='--', color='gray', linewidth=1.2, zorder=2)");
        }

        py.Line("ax.margins(x=0.12, y=0.1)");
    }
}
