namespace Cosyn.Families.Charts.Writers.Matplotlib;

/// <summary>Funnels as centred horizontal bars, widest stage on top, each labelled with its count (inside, or beside when the bar is narrow).</summary>
internal static class MatplotlibFunnelCode
{
    public static void Body(MatplotlibContext ctx)
    {
        var (theme, py) = (ctx.Theme, ctx.Py);
        var values = ctx.ValueVar;
        var height = (theme.BarWidth + 0.1).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        py.Line($"y = np.arange(len({ctx.CategoryVar}))");
        py.Line($"bars = ax.barh(y, {values}, left=[-v / 2 for v in {values}], height={height}, color=colors)");
        py.Block($"for bar, value, color in zip(bars, {values}, colors):", b => b
            .Line($"if value > 0.2 * max({values}):")
            .Line($"    ax.text(0, bar.get_y() + bar.get_height() / 2, f'{{value:{ctx.FormatSpec}}}', ha='center', va='center', fontsize={theme.LabelSize + 1}, color=text_color(color), fontweight='bold')")
            .Line("else:")
            .Line($"    ax.text(value / 2 + 0.01 * max({values}), bar.get_y() + bar.get_height() / 2, f'{{value:{ctx.FormatSpec}}}', ha='left', va='center', fontsize={theme.LabelSize + 1})"));
        py.Line($"ax.set_yticks(y, {ctx.CategoryVar})");
        py.Line("ax.invert_yaxis()  # first stage on top");
        py.Line("ax.set_xticks([])");
        py.Line("ax.spines[:].set_visible(False)");
        py.Line("ax.tick_params(axis='y', length=0)");
        py.Line($"ax.set_xlim(-max({values}) * 0.55, max({values}) * 0.55)");
    }
}
