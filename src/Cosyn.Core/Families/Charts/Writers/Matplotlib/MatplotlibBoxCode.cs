using static Cosyn.Families.Shared.Code.PythonSyntax;

namespace Cosyn.Families.Charts.Writers.Matplotlib;

/// <summary>Box plots from the raw observations per group, with each box's median (right) and quartiles (left) annotated.</summary>
internal static class MatplotlibBoxCode
{
    public static void Data(MatplotlibContext ctx)
    {
        var spec = ctx.Spec;
        ctx.Py.Line("data = {");
        for (var g = 0; g < spec.Categories.Count; g++)
        {
            ctx.Py.Line($"    {Str(spec.Categories[g])}: {NumberList(spec.Distribution!.Groups[g].Select(v => (double?)v), spec.Measure.Decimals)},");
        }

        ctx.Py.Line("}");
    }

    public static void Body(MatplotlibContext ctx)
    {
        var (theme, py) = (ctx.Theme, ctx.Py);
        var width = (theme.BarWidth * 0.7).ToString("0.00", CultureInfo.InvariantCulture);
        var notch = string.Empty;
        py.Line($"box = ax.boxplot(list(data.values()), labels=list(data.keys()), patch_artist=True, widths={width}{notch},");
        py.Line("                 medianprops={'color': 'black', 'linewidth': 1.6}, flierprops={'marker': 'o', 'markersize': 4, 'alpha': 0.6})");
        py.Block("for patch, color in zip(box['boxes'], colors):", b => b.Line("patch.set(facecolor=color, alpha=0.75)"));
        py.Line("# quartiles with numpy's default (linear) method, the one boxplot draws");
        py.Block("for i, values in enumerate(data.values(), start=1):", b => b
            .Line("q1, median, q3 = np.percentile(values, [25, 50, 75])")
            .Line($"ax.text(i + {width} / 2 + 0.04, median, f'{{median:{ctx.FormatSpec}}}', va='center', ha='left', fontsize={theme.LabelSize}, fontweight='bold')")
            .Line($"ax.text(i - {width} / 2 - 0.04, q3, f'{{q3:{ctx.FormatSpec}}}', va='bottom', ha='right', fontsize={theme.LabelSize - 1})")
            .Line($"ax.text(i - {width} / 2 - 0.04, q1, f'{{q1:{ctx.FormatSpec}}}', va='top', ha='right', fontsize={theme.LabelSize - 1})"));
        if (ctx.RotateCategoryLabels)
        {
            py.Line("plt.setp(ax.get_xticklabels(), rotation=30, ha='right', rotation_mode='anchor')");
        }
    }
}
