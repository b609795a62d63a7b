namespace Cosyn.Families.Charts;

/// <summary>
/// The x and y axis titles of a chart: category and measure, swapped for horizontal bars, two measures for scatter and
/// bubble, measure and count for histograms; empty where the chart has no such axis (radar, funnel, heatmap rows).
/// </summary>
public static class ChartAxisTitles
{
    public static (string X, string Y) For(ChartSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec.FigureType switch
        {
            ChartFigureTypes.HorizontalBar => (spec.Measure.Label, spec.CategoryLabel),
            ChartFigureTypes.Scatter or ChartFigureTypes.Bubble => (spec.XMeasure!.Label, spec.Measure.Label),
            ChartFigureTypes.Histogram => (spec.Measure.Label, spec.Series[0].Name),
            ChartFigureTypes.Heatmap => (spec.CategoryLabel, string.Empty),
            ChartFigureTypes.Radar or ChartFigureTypes.Funnel => (string.Empty, string.Empty),
            _ => (spec.CategoryLabel, spec.Measure.Label),
        };
    }
}
