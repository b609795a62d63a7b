namespace Cosyn.Families.Charts.Writers.Matplotlib;

/// <summary>Grouped and stacked bars from the <c>data</c> dict; every bar or segment labelled, stacks also with their totals.</summary>
internal static class MatplotlibSeriesBarCode
{
    public static void Write(MatplotlibContext ctx)
    {
        var (spec, theme, py) = (ctx.Spec, ctx.Theme, ctx.Py);
        var edge = theme.EdgeColor == "none" ? string.Empty : $", edgecolor='{theme.EdgeColor}'";
        if (spec.FigureType == ChartFigureTypes.StackedBar)
        {
            py.Line($"bottom = np.zeros(len({ctx.CategoryVar}))");
            py.Block("for (name, values), color in zip(data.items(), colors):", b => b
                .Line($"bars = ax.bar({ctx.CategoryVar}, values, {theme.BarWidth:0.00}, bottom=bottom, label=name, color=color{edge})")
                .Line($"ax.bar_label(bars, fmt={ctx.PercentFormat}, label_type='center', fontsize={theme.LabelSize - 1}, color=text_color(color))")
                .Line("bottom += values"));
            py.Line($"ax.bar_label(bars, labels=[f'{{total:{ctx.FormatSpec}}}' for total in bottom], padding=3, fontsize={theme.LabelSize}, fontweight='bold')");
            py.Line("ax.margins(y=0.1)");
        }
        else
        {
            // Narrow bars with long numbers get vertical labels so neighbours never collide.
            var barPixels = (theme.Width - 2.5) * 100 * 0.8 / (spec.Categories.Count * spec.Series.Count);
            var longest = spec.Series.SelectMany(s => s.Values).Max(v => spec.Measure.Format(v!.Value).Length);
            var rotation = longest * (theme.LabelSize - 1) * 0.6 * 100 / 72 > barPixels ? ", rotation=90" : string.Empty;
            py.Line($"x = np.arange(len({ctx.CategoryVar}))");
            py.Line("width = 0.8 / len(data)");
            py.Block("for i, ((name, values), color) in enumerate(zip(data.items(), colors)):", b => b
                .Line("offset = (i - (len(data) - 1) / 2) * width")
                .Line($"bars = ax.bar(x + offset, values, width, label=name, color=color{edge})")
                .Line($"ax.bar_label(bars, fmt={ctx.PercentFormat}, padding=2, fontsize={theme.LabelSize - 1}{rotation})"));
            py.Line($"ax.set_xticks(x, {ctx.CategoryVar})");
            py.Line(rotation.Length > 0 ? "ax.margins(y=0.18)" : "ax.margins(y=0.1)");
        }

        if (ctx.RotateCategoryLabels)
        {
            py.Line("plt.setp(ax.get_xticklabels(), rotation=30, ha='right', rotation_mode='anchor')");
        }
    }
}
