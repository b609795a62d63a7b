using Cosyn.Families.Shared.Code;

using static Cosyn.Families.Shared.Code.PythonSyntax;

namespace Cosyn.Families.Charts.Writers.Matplotlib;

/// <summary>Bubble charts: x and y positions, marker area proportional to the third measure, each bubble labelled with its name and size.</summary>
internal static class MatplotlibBubbleCode
{
    public static void Data(MatplotlibContext ctx)
    {
        var spec = ctx.Spec;
        ctx.Py.Line($"{ctx.CategoryVar} = {StrList(spec.Categories)}");
        ctx.Py.Line($"{ctx.XVar} = {NumberList(spec.XValues!.Select(v => (double?)v), spec.XMeasure!.Decimals)}");
        ctx.Py.Line($"{ctx.ValueVar} = {NumberList(spec.Series[0].Values, spec.Measure.Decimals)}");
        ctx.Py.Line($"{SizeVar(ctx)} = {NumberList(spec.SizeValues!.Select(v => (double?)v), spec.SizeMeasure!.Decimals)}");
    }

    public static void Body(MatplotlibContext ctx)
    {
        var (spec, theme, py) = (ctx.Spec, ctx.Theme, ctx.Py);
        var size = SizeVar(ctx);
        var unit = spec.SizeMeasure!.Unit.Length == 0 ? string.Empty : " " + spec.SizeMeasure.Unit;
        var format = spec.SizeMeasure.FormatSpec;
        var edge = theme.EdgeColor == "none" ? "white" : theme.EdgeColor;
        py.Line("# marker area (points²) proportional to the size measure");
        py.Line($"areas = [250 + 2200 * s / max({size}) for s in {size}]");
        py.Line($"ax.scatter({ctx.XVar}, {ctx.ValueVar}, s=areas, color=colors[0], alpha=0.55, edgecolor='{edge}', linewidth=1, zorder=3)");
        py.Block($"for label, x, y, s in zip({ctx.CategoryVar}, {ctx.XVar}, {ctx.ValueVar}, {size}):", b => b
            .Line($"ax.annotate(f'{{label}}\\n{{s:{format}}}{unit}', (x, y), ha='center', va='center', fontsize={theme.LabelSize - 1}, zorder=4,")
            .Line("            bbox=dict(boxstyle='round,pad=0.15', facecolor='white', alpha=0.6, linewidth=0))"));
        py.Line($"ax.text(0.99, 0.01, {Str("Bubble area: " + spec.SizeMeasure.Label)}, transform=ax.transAxes, ha='right', va='bottom', fontsize={theme.LabelSize}, color='gray')");
        py.Line("ax.margins(x=0.15, y=0.18)");
    }

    private static string SizeVar(MatplotlibContext ctx)
    {
        var name = PythonSyntax.Identifier(ctx.Spec.SizeMeasure!.Name, "sizes");
        return name == ctx.XVar || name == ctx.ValueVar || name == ctx.CategoryVar ? name + "_size" : name;
    }
}
