namespace Cosyn.Families.Charts;

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
/// <param name="SizeMeasure">Bubble only: the measure bubble areas encode.</param>
/// <param name="SizeValues">Bubble only: size value per point.</param>
/// <param name="SecondMeasure">Dual-axis only: the measure of the second series (right axis).</param>
/// <param name="Distribution">Histogram and box only: the raw observations (series then hold bin counts or medians).</param>
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
    IReadOnlyList<string>? Unshown = null,
    ChartMeasure? SizeMeasure = null,
    IReadOnlyList<double>? SizeValues = null,
    ChartMeasure? SecondMeasure = null,
    ChartDistribution? Distribution = null)
{
    /// <summary>Whether the chart has more than one series (legend needed).</summary>
    public bool IsMultiSeries => Series.Count > 1;

    /// <summary>The measure of series <paramref name="index"/>: the second measure for a dual-axis chart's second series, else the chart's.</summary>
    public ChartMeasure MeasureOf(int index) => index == 1 && SecondMeasure is not null ? SecondMeasure : Measure;

    /// <summary>The column header of <paramref name="series"/>: the measure for a single series (each its own for dual-axis), else the series name with the unit.</summary>
    public string ColumnHeader(ChartSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (SecondMeasure is not null)
        {
            return series == Series[0] ? Measure.Label : SecondMeasure.Label;
        }

        if (!IsMultiSeries)
        {
            return Measure.Label;
        }

        return Measure.Unit.Length == 0 ? series.Name : $"{series.Name} ({Measure.Unit})";
    }
}
