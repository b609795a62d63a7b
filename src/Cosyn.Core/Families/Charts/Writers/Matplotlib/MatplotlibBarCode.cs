namespace Cosyn.Families.Charts.Writers.Matplotlib;

/// <summary>Single-series vertical and horizontal bars, each labelled with its value; negative bars in a second colour.</summary>
internal static class MatplotlibBarCode
{
    public static void Write(MatplotlibContext ctx)
    {
        var (spec, theme, py) = (ctx.Spec, ctx.Theme, ctx.Py);
        var horizontal = spec.FigureType == ChartFigureTypes.HorizontalBar;
        var negative = spec.Series[0].Values.Any(v => v < 0);
        var color = "colors[0]";
        if (negative)
        {
            py.Line($"bar_colors = [colors[0] if v >= 0 else colors[1] for v in {ctx.ValueVar}]");
            color = "bar_colors";
        }

        var edge = theme.EdgeColor == "none" ? string.Empty : $", edgecolor='{theme.EdgeColor}'";
        var call = horizontal ? "barh" : "bar";
        var size = horizontal ? "height" : "width";
        py.Line($"bars = ax.{call}({ctx.CategoryVar}, {ctx.ValueVar}, {size}={theme.BarWidth:0.00}, color={color}{edge})");
        py.Line($"ax.bar_label(bars, fmt={ctx.PercentFormat}, padding=3, fontsize={theme.LabelSize})");
        if (negative)
        {
            py.Line(horizontal ? "ax.axvline(0, color='gray', linewidth=0.8)" : "ax.axhline(0, color='gray', linewidth=0.8)");
        }

        if (horizontal)
        {
            // Read top to bottom in the data's order, and leave room right of the longest bar for its label.
            py.Line("ax.invert_yaxis()");
            py.Line("ax.margins(x=0.15)");
            return;
        }

        py.Line("ax.margins(y=0.12)");
        if (ctx.RotateCategoryLabels)
        {
            py.Line("plt.setp(ax.get_xticklabels(), rotation=30, ha='right', rotation_mode='anchor')");
        }
    }
}
