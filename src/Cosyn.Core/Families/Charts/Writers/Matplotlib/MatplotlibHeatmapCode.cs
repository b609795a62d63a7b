using static Cosyn.Families.Shared.Code.PythonSyntax;

namespace Cosyn.Families.Charts.Writers.Matplotlib;

/// <summary>Heatmaps: one row per series, one column per category, every cell annotated in a colour that contrasts with its fill.</summary>
internal static class MatplotlibHeatmapCode
{
    private static readonly string[] Colormaps = ["YlGnBu", "viridis", "magma", "Blues", "OrRd", "YlOrBr", "PuBuGn", "cividis", "Greens"];

    public static void Data(MatplotlibContext ctx)
    {
        var spec = ctx.Spec;
        ctx.Py.Line($"{ctx.CategoryVar} = {StrList(spec.Categories)}");
        ctx.Py.Line($"row_labels = {StrList(spec.Series.Select(s => s.Name))}");
        ctx.Py.Line("values = np.array([");
        foreach (var series in spec.Series)
        {
            ctx.Py.Line($"    {NumberList(series.Values, spec.Measure.Decimals)},  # {series.Name}");
        }

        ctx.Py.Line("])");
    }

    public static void Body(MatplotlibContext ctx)
    {
        var (spec, theme, py) = (ctx.Spec, ctx.Theme, ctx.Py);
        var cmap = ctx.Random.Pick(Colormaps);
        var gaps = ctx.Random.Chance(0.5) ? ", linewidths=1.5, edgecolors='white'" : string.Empty;
        py.Line(gaps.Length > 0
            ? $"im = ax.pcolormesh(values, cmap='{cmap}'{gaps})"
            : $"im = ax.imshow(values, cmap='{cmap}', aspect='auto')");
        var offset = gaps.Length > 0 ? " + 0.5" : string.Empty;
        py.Line($"ax.set_xticks(np.arange(len({ctx.CategoryVar})){offset}, {ctx.CategoryVar})");
        py.Line($"ax.set_yticks(np.arange(len(row_labels)){offset}, row_labels)");
        if (gaps.Length > 0)
        {
            py.Line("ax.invert_yaxis()  # first row on top, as in the data");
        }

        py.Block("for i in range(len(row_labels)):", b => b.Block($"for j in range(len({ctx.CategoryVar})):", inner => inner
            .Line($"ax.text(j{offset}, i{offset}, f'{{values[i, j]:{ctx.FormatSpec}}}', ha='center', va='center', fontsize={theme.LabelSize},")
            .Line("        color=text_color(im.cmap(im.norm(values[i, j]))))")));
        py.Line($"fig.colorbar(im, ax=ax, label={Str(spec.Measure.Label)}, shrink=0.85)");
        py.Line("ax.tick_params(length=0)");
        py.Line("ax.spines[:].set_visible(False)");
        if (ctx.RotateCategoryLabels)
        {
            py.Line("plt.setp(ax.get_xticklabels(), rotation=30, ha='right', rotation_mode='anchor')");
        }
    }
}
