namespace Cosyn.Families.Charts.Writers.Matplotlib;

/// <summary>Radar charts on a polar axis, starting at the top and running clockwise; every vertex labelled (outside for the outer series, inside for the inner).</summary>
internal static class MatplotlibRadarCode
{
    public static void Body(MatplotlibContext ctx)
    {
        var (spec, theme, py) = (ctx.Spec, ctx.Theme, ctx.Py);
        var series = spec.IsMultiSeries ? "data.items()" : $"[({PythonName(spec)}, {ctx.ValueVar})]";
        py.Line($"angles = np.linspace(0, 2 * np.pi, len({ctx.CategoryVar}), endpoint=False)");
        py.Line("ax.set_theta_offset(np.pi / 2)");
        py.Line("ax.set_theta_direction(-1)");
        py.Line(spec.IsMultiSeries ? "columns = list(zip(*data.values()))" : $"columns = [(v,) for v in {ctx.ValueVar}]");
        py.Block($"for i, ((name, values), color) in enumerate(zip({series}, colors)):", b => b
            .Line("closed = np.append(values, values[0])")
            .Line($"ax.plot(np.append(angles, angles[0]), closed, color=color, linewidth={theme.LineWidth:0.0}, marker='{theme.Marker}', markersize=5, label=name)")
            .Line("ax.fill(angles, values, color=color, alpha=0.15)")
            .Block("for angle, value, column in zip(angles, values, columns):", inner => inner
                .Line("# push the outer value's label outward along its spoke and the inner one's inward")
                .Line("direction = 1 if value == max(column) else -1")
                .Line("dx, dy = 14 * direction * np.sin(angle), 14 * direction * np.cos(angle)")
                .Line($"ax.annotate(f'{{value:{ctx.FormatSpec}}}', (angle, value), textcoords='offset points', xytext=(dx, dy), ha='center', va='center', fontsize={theme.LabelSize - 1}, color=color, fontweight='bold',")
                .Line("            bbox=dict(boxstyle='round,pad=0.1', facecolor='white', alpha=0.7, linewidth=0))")));
        py.Line($"ax.set_xticks(angles, {ctx.CategoryVar})");
        py.Line("ax.tick_params(axis='x', pad=12)");
        py.Line($"ax.set_ylim(0, max(max(column) for column in columns) * 1.12)");
        py.Line($"ax.tick_params(axis='y', labelsize={theme.LabelSize - 2}, labelcolor='gray')");
        py.Line("ax.set_rlabel_position(180 / len(angles))");
    }

    private static string PythonName(Cosyn.Families.Charts.ChartSpec spec) => Cosyn.Families.Shared.Code.PythonSyntax.Str(spec.Measure.Name);
}
