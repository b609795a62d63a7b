using Cosyn.Families.Shared.Code;

using static Cosyn.Families.Shared.Code.PythonSyntax;

namespace Cosyn.Families.Charts.Writers.Matplotlib;

/// <summary>
/// Two measures in different units over one axis: bars on the left axis, a line on a twin right axis. The axes' limits
/// keep the bars in the lower part and the line in the upper part, so the two sets of value labels never collide.
/// </summary>
internal static class MatplotlibDualAxisCode
{
    public static void Data(MatplotlibContext ctx)
    {
        var spec = ctx.Spec;
        var (left, right) = Names(ctx);
        ctx.Py.Line($"{ctx.CategoryVar} = {StrList(spec.Categories)}");
        ctx.Py.Line($"{left} = {NumberList(spec.Series[0].Values, spec.Measure.Decimals)}");
        ctx.Py.Line($"{right} = {NumberList(spec.Series[1].Values, spec.SecondMeasure!.Decimals)}");
    }

    public static void Body(MatplotlibContext ctx)
    {
        var (spec, theme, py) = (ctx.Spec, ctx.Theme, ctx.Py);
        var (left, right) = Names(ctx);
        var second = spec.SecondMeasure!;
        var edge = theme.EdgeColor == "none" ? string.Empty : $", edgecolor='{theme.EdgeColor}'";
        py.Line($"bars = ax.bar({ctx.CategoryVar}, {left}, width={theme.BarWidth:0.00}, color=colors[0]{edge})");
        py.Line($"ax.bar_label(bars, fmt={ctx.PercentFormat}, padding=2, fontsize={theme.LabelSize - 1})");
        py.Line($"low, high = min(min({left}), 0), max(max({left}), 0)");
        py.Line("ax.set_ylim(low - 0.08 * (high - low), high + 1.1 * (high - low))");
        py.Line("ax.tick_params(axis='y', colors=colors[0])");
        py.Blank();
        py.Line("ax2 = ax.twinx()");
        py.Line($"ax2.plot({ctx.CategoryVar}, {right}, color=colors[1], linewidth={theme.LineWidth:0.0}, marker='{theme.Marker}', markersize=6)");
        py.Block($"for x, value in zip({ctx.CategoryVar}, {right}):", b => b
            .Line($"ax2.annotate(f'{{value:{second.FormatSpec}}}', (x, value), textcoords='offset points', xytext=(0, 8), ha='center', fontsize={theme.LabelSize - 1}, color=colors[1], fontweight='bold')"));
        py.Line($"span = max({right}) - min({right})");
        py.Line($"ax2.set_ylim(min({right}) - 2.0 * span, max({right}) + 0.35 * span)");
        py.Line("# right-hand ticks only where the line runs, so the two scales do not read as one");
        py.Line($"ax2.set_yticks([t for t in ax2.get_yticks() if min({right}) - 0.25 * span <= t <= max({right}) + 0.35 * span])");
        py.Line($"ax2.set_ylabel({Str(second.Label)}, color=colors[1])");
        py.Line("ax2.tick_params(axis='y', colors=colors[1])");
        py.Line("ax2.grid(False)");
        if (ctx.RotateCategoryLabels)
        {
            py.Line("plt.setp(ax.get_xticklabels(), rotation=30, ha='right', rotation_mode='anchor')");
        }
    }

    private static (string Left, string Right) Names(MatplotlibContext ctx)
    {
        var right = PythonSyntax.Identifier(ctx.Spec.SecondMeasure!.Name, "second_values");
        return (ctx.ValueVar, right == ctx.ValueVar || right == ctx.CategoryVar ? right + "_right" : right);
    }
}
