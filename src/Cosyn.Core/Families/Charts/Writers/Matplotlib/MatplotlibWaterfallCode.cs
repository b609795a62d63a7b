namespace Cosyn.Families.Charts.Writers.Matplotlib;

/// <summary>
/// Waterfalls: the first and last bars are levels drawn from zero, the ones between float from the running total;
/// changes are labelled with their sign, levels with their value, and dotted connectors join the steps.
/// </summary>
internal static class MatplotlibWaterfallCode
{
    public static void Body(MatplotlibContext ctx)
    {
        var (theme, py) = (ctx.Theme, ctx.Py);
        var (rise, fall) = ctx.Random.Pick(MatplotlibRiseFall.Pairs);
        var values = ctx.ValueVar;
        var spec = ctx.Spec.Measure.FormatSpec;
        py.Line($"rise_color, fall_color, total_color = '{rise}', '{fall}', colors[0]");
        py.Line("bottoms, heights, bar_colors, labels = [], [], [], []");
        py.Line("running = 0");
        py.Block($"for i, amount in enumerate({values}):", b => b
            .Line($"if i in (0, len({values}) - 1):  # opening and closing levels")
            .Line("    bottoms.append(0)")
            .Line("    heights.append(amount)")
            .Line("    bar_colors.append(total_color)")
            .Line($"    labels.append(f'{{amount:{spec}}}')")
            .Line("    running = amount")
            .Line("else:")
            .Line("    bottoms.append(running if amount >= 0 else running + amount)")
            .Line("    heights.append(abs(amount))")
            .Line("    bar_colors.append(rise_color if amount >= 0 else fall_color)")
            .Line($"    labels.append(f'{{amount:+{spec}}}')")
            .Line("    running += amount"));
        var edge = theme.EdgeColor == "none" ? string.Empty : $", edgecolor='{theme.EdgeColor}'";
        py.Line($"bars = ax.bar({ctx.CategoryVar}, heights, bottom=bottoms, color=bar_colors, width={theme.BarWidth:0.00}{edge})");
        py.Line($"ax.bar_label(bars, labels=labels, padding=3, fontsize={theme.LabelSize})");
        py.Line("# dotted connectors from each bar's end level to the next bar");
        py.Line($"levels = np.cumsum({values}[:-1])");
        py.Block("for i, level in enumerate(levels):", b => b
            .Line($"ax.plot([i + {theme.BarWidth / 2:0.00}, i + 1 - {theme.BarWidth / 2:0.00}], [level, level], color='gray', linestyle=':', linewidth=1)"));
        py.Line("ax.margins(y=0.12)");
        if (ctx.RotateCategoryLabels || ctx.Spec.Categories.Sum(c => c.Length) > 70)
        {
            py.Line("plt.setp(ax.get_xticklabels(), rotation=30, ha='right', rotation_mode='anchor')");
        }
    }
}
