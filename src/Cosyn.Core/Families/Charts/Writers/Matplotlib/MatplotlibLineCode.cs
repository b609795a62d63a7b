namespace Cosyn.Families.Charts.Writers.Matplotlib;

/// <summary>Line, multi-line and area charts with every point labelled; missing readings are <c>np.nan</c> and show as gaps.</summary>
internal static class MatplotlibLineCode
{
    public static void Write(MatplotlibContext ctx)
    {
        var (spec, theme, py) = (ctx.Spec, ctx.Theme, ctx.Py);
        var gaps = spec.Series.Any(s => s.HasMissing);
        var label = $"ax.annotate(f'{{value:{ctx.FormatSpec}}}', (x, value), textcoords='offset points', xytext=(0, 8), ha='center', fontsize={theme.LabelSize})";
        switch (spec.FigureType)
        {
            case ChartFigureTypes.Area:
                py.Line($"x = np.arange(len({ctx.CategoryVar}))");
                py.Line($"ax.fill_between(x, {ctx.ValueVar}, color=colors[0], alpha=0.3)");
                py.Line($"ax.plot(x, {ctx.ValueVar}, color=colors[0], linewidth={theme.LineWidth:0.0}, marker='{theme.Marker}')");
                py.Block($"for x_pos, value in zip(x, {ctx.ValueVar}):", b => b.Line(label.Replace("(x, value)", "(x_pos, value)", StringComparison.Ordinal)));
                py.Line($"ax.set_xticks(x, {ctx.CategoryVar})");
                break;

            case ChartFigureTypes.Line:
                py.Line($"ax.plot({ctx.CategoryVar}, {ctx.ValueVar}, color=colors[0], linewidth={theme.LineWidth:0.0}, marker='{theme.Marker}', markersize=6)");
                py.Block($"for x, value in zip({ctx.CategoryVar}, {ctx.ValueVar}):", b =>
                {
                    if (gaps)
                    {
                        b.Block("if np.isnan(value):", g => g.Line("continue  # no reading: the line shows a gap"));
                    }

                    b.Line(label);
                });
                break;

            default:
                // Label above a point when its series is on top at that x, below otherwise, so labels of close lines separate.
                py.Line("columns = list(zip(*data.values()))");
                py.Block("for i, ((name, values), color) in enumerate(zip(data.items(), colors)):", b =>
                {
                    b.Line($"ax.plot({ctx.CategoryVar}, values, color=color, linewidth={theme.LineWidth:0.0}, marker='{theme.Marker}', markersize=5, label=name)");
                    b.Block($"for x, value, column in zip({ctx.CategoryVar}, values, columns):", inner =>
                    {
                        if (gaps)
                        {
                            inner.Block("if np.isnan(value):", g => g.Line("continue  # no reading: the line shows a gap"));
                        }

                        inner.Line("above = i == np.nanargmax(column)");
                        inner.Line($"ax.annotate(f'{{value:{ctx.FormatSpec}}}', (x, value), textcoords='offset points', xytext=(0, 8 if above else -14), ha='center', fontsize={theme.LabelSize - 1}, color=color)");
                    });
                });
                break;
        }

        py.Line("ax.margins(y=0.15)");
        if (spec.FigureType == ChartFigureTypes.Area && spec.Series[0].Values.All(v => v >= 0))
        {
            // The fill starts at zero; the axis should too, not at the margin below it.
            py.Line("ax.set_ylim(bottom=0)");
        }

        if (ctx.RotateCategoryLabels)
        {
            py.Line("plt.setp(ax.get_xticklabels(), rotation=30, ha='right', rotation_mode='anchor')");
        }
    }
}
