using Cosyn.Families.Shared.Code;

namespace Cosyn.Families.Charts.Writers.Matplotlib;

/// <summary>What every figure-type emitter needs: the chart, the theme, the script, and the variable names in use.</summary>
internal sealed class MatplotlibContext
{
    public MatplotlibContext(ChartSpec spec, MatplotlibTheme theme, PythonScript script, SeededRandom random)
    {
        Random = random;
        Spec = spec;
        Theme = theme;
        Py = script;
        var names = new ChartPythonNames(spec);
        (CategoryVar, ValueVar, XVar) = (names.Category, names.Value, names.X);
    }

    public ChartSpec Spec { get; }

    public MatplotlibTheme Theme { get; }

    public PythonScript Py { get; }

    /// <summary>For styling choices only some figure types make (colormaps, rise and fall colours), drawn after the theme.</summary>
    public SeededRandom Random { get; }

    /// <summary>Name of the list holding the categories (e.g. <c>months</c>).</summary>
    public string CategoryVar { get; }

    /// <summary>Name of the list holding a single series' values (e.g. <c>sea_surface_temperature</c>).</summary>
    public string ValueVar { get; }

    /// <summary>Scatter: name of the list holding x values.</summary>
    public string XVar { get; }

    /// <summary>Python <c>%</c>-format for value labels, e.g. <c>'%.1f'</c> (bar_label's new-style fmt needs matplotlib 3.7).</summary>
    public string PercentFormat => PythonSyntax.Str("%." + Spec.Measure.Decimals.ToString(System.Globalization.CultureInfo.InvariantCulture) + "f");

    /// <summary>f-string format spec for a value, e.g. <c>.1f</c>.</summary>
    public string FormatSpec => Spec.Measure.FormatSpec;

    /// <summary>Whether the script defines <c>text_color(color)</c> (for labels drawn inside coloured marks).</summary>
    public bool NeedsTextColor => Spec.FigureType is ChartFigureTypes.StackedBar or ChartFigureTypes.Pie or ChartFigureTypes.Donut or ChartFigureTypes.Heatmap or ChartFigureTypes.Funnel;

    /// <summary>Whether category tick labels would collide if left horizontal.</summary>
    public bool RotateCategoryLabels
    {
        get
        {
            // Rough pixel arithmetic at 100 dpi: label width ~ 0.6 em per character.
            var axesWidth = (Theme.Width - 1.6) * 100;
            var labelWidth = Spec.Categories.Max(c => c.Length) * Theme.FontSize * 0.6 * 100 / 72;
            return Spec.Categories.Count * (labelWidth + 8) > axesWidth;
        }
    }
}
