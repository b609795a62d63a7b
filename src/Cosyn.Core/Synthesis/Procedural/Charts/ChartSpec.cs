namespace Cosyn.Synthesis.Procedural.Charts;

/// <summary>
/// The typed data of one chart, shared by every chart pipeline: code writers draw it, the QA generator asks about it,
/// and <see cref="ChartCsv"/> writes it as the sample's <c>data</c>.
/// </summary>
/// <param name="FigureType">One of <see cref="ChartFigureTypes"/>.</param>
/// <param name="Title">The chart title (the sample's topic).</param>
/// <param name="Domain">The subject domain the template came from.</param>
/// <param name="CategoryLabel">Header of the first column and the category axis label (e.g. <c>Month</c>).</param>
/// <param name="AxisKind">What the categories are.</param>
/// <param name="Categories">Category names, time periods, or point labels (scatter).</param>
/// <param name="Measure">The value measure (the y axis).</param>
/// <param name="Series">One or more series, each with a value per category.</param>
/// <param name="IsPartOfWhole">Whether series values add up to a meaningful whole (stacking and shares make sense).</param>
/// <param name="XMeasure">Scatter only: the numeric x measure.</param>
/// <param name="XValues">Scatter only: x value per point.</param>
/// <param name="Unshown">Plausible categories the chart does not show, for questions it cannot answer.</param>
public sealed record ChartSpec(
    string FigureType,
    string Title,
    string Domain,
    string CategoryLabel,
    ChartAxisKind AxisKind,
    IReadOnlyList<string> Categories,
    ChartMeasure Measure,
    IReadOnlyList<ChartSeries> Series,
    bool IsPartOfWhole,
    ChartMeasure? XMeasure = null,
    IReadOnlyList<double>? XValues = null,
    IReadOnlyList<string>? Unshown = null)
{
    /// <summary>Whether the chart has more than one series (legend needed).</summary>
    public bool IsMultiSeries => Series.Count > 1;

    /// <summary>The column header of <paramref name="series"/>: the measure for a single series, else the series name with the unit.</summary>
    public string ColumnHeader(ChartSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (!IsMultiSeries)
        {
            return Measure.Label;
        }

        return Measure.Unit.Length == 0 ? series.Name : $"{series.Name} ({Measure.Unit})";
    }
}
