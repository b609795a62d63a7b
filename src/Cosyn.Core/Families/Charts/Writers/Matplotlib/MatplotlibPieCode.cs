using static Cosyn.Families.Shared.Code.PythonSyntax;

namespace Cosyn.Families.Charts.Writers.Matplotlib;

/// <summary>Pie and donut charts: each slice shows its percentage (autopct) and its name with the value, in labels or a legend.</summary>
internal static class MatplotlibPieCode
{
    public static void Write(MatplotlibContext ctx)
    {
        var (spec, theme, py) = (ctx.Spec, ctx.Theme, ctx.Py);
        var donut = spec.FigureType == ChartFigureTypes.Donut;
        var unit = spec.Measure.Unit.Length == 0 ? string.Empty : " " + spec.Measure.Unit;
        var edge = theme.EdgeColor == "black" ? "white" : theme.EdgeColor == "none" ? "white" : theme.EdgeColor;
        var wedge = donut ? $"{{'width': 0.42, 'edgecolor': '{edge}', 'linewidth': 1.5}}" : $"{{'edgecolor': '{edge}', 'linewidth': 1.5}}";
        var pct = donut ? "0.79" : "0.7";
        var common = $"colors=colors, autopct='%1.1f%%', startangle=90, counterclock=False, pctdistance={pct}, wedgeprops={wedge}";
        if (theme.PieLegend)
        {
            py.Line($"labels = [f'{{name}}: {{value:{ctx.FormatSpec}}}{unit}' for name, value in zip({ctx.CategoryVar}, {ctx.ValueVar})]");
            py.Line($"wedges, autotexts = ax.pie({ctx.ValueVar}, {common})[0::2]");
            py.Line($"ax.legend(wedges, labels, title={Str(spec.Measure.Label)}, loc='center left', bbox_to_anchor=(1.0, 0.5), frameon=False)");
        }
        else
        {
            py.Line($"labels = [f'{{name}}\\n{{value:{ctx.FormatSpec}}}{unit}' for name, value in zip({ctx.CategoryVar}, {ctx.ValueVar})]");
            py.Line($"wedges, texts, autotexts = ax.pie({ctx.ValueVar}, labels=labels, labeldistance=1.12, {common})");
        }

        py.Block("for wedge, text in zip(wedges, autotexts):", b => b
            .Line($"text.set(color=text_color(wedge.get_facecolor()), fontsize={theme.LabelSize}, fontweight='bold')"));
        if (donut)
        {
            py.Line($"ax.text(0, 0, f'Total\\n{{sum({ctx.ValueVar}):{ctx.FormatSpec}}}{unit}', ha='center', va='center', fontsize={theme.FontSize + 2}, fontweight='bold')");
        }

        py.Line("ax.set_aspect('equal')");
    }
}
