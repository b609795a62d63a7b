namespace Cosyn.Synthesis.Procedural.Charts;

/// <summary>The x and y axis titles of a chart: category and measure, swapped for horizontal bars, two measures for scatter.</summary>
public static class ChartAxisTitles
{
    public static (string X, string Y) For(ChartSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec.FigureType switch
        {
            ChartFigureTypes.HorizontalBar => (spec.Measure.Label, spec.CategoryLabel),
            ChartFigureTypes.Scatter => (spec.XMeasure!.Label, spec.Measure.Label),
            _ => (spec.CategoryLabel, spec.Measure.Label),
        };
    }
}
