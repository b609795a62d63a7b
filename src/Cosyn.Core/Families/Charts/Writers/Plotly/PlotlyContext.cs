using Cosyn.Families.Shared.Code;

namespace Cosyn.Families.Charts.Writers.Plotly;

/// <summary>What every figure-type emitter needs: the chart, the theme, the script, and the names in use.</summary>
internal sealed class PlotlyContext(ChartSpec spec, PlotlyTheme theme, PythonScript script, SeededRandom random)
{
    /// <summary>For styling choices only some figure types make (colorscales, rise and fall colours), drawn after the theme.</summary>
    public SeededRandom Random { get; } = random;

    public ChartSpec Spec { get; } = spec;

    public PlotlyTheme Theme { get; } = theme;

    public PythonScript Py { get; } = script;

    /// <summary>Variable names of the category, value and x lists.</summary>
    public ChartPythonNames Names { get; } = new(spec);

    /// <summary>Whether the figure is written with <c>plotly.express</c> from a DataFrame rather than with graph objects.</summary>
    public bool Express { get; } = theme.Express && PlotlyExpressCode.CanDraw(spec);

    /// <summary>d3 format spec of a value, e.g. <c>.1f</c>, as texttemplates use it.</summary>
    public string Format => Spec.Measure.FormatSpec;

    /// <summary>" kWh" or empty: the unit as value labels append it.</summary>
    public string UnitSuffix => Spec.Measure.Unit.Length == 0 ? string.Empty : " " + Spec.Measure.Unit;

    public bool Horizontal => Spec.FigureType == ChartFigureTypes.HorizontalBar;

    /// <summary>Whether any single-series bar is negative (drawn in a second colour).</summary>
    public bool HasNegative => Spec.Series.Any(s => s.Values.Any(v => v < 0));
}
