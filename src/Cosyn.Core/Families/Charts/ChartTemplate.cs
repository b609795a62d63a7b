namespace Cosyn.Families.Charts;

/// <summary>
/// One chart-worthy dataset of a domain, as written in <c>Domains/*.json</c>: title patterns, axis, measure, unit,
/// magnitude and shape of the values. The data generator turns it into a concrete <see cref="ChartSpec"/>.
/// </summary>
public sealed class ChartTemplate
{
    public string Id { get; init; } = string.Empty;

    /// <summary>Title patterns with slots <c>{name}</c>, <c>{year}</c>, <c>{start}</c>, <c>{end}</c>.</summary>
    public IReadOnlyList<string> Titles { get; init; } = [];

    /// <summary><c>month</c>, <c>quarter</c>, <c>year</c>, <c>weekday</c>, <c>category</c> or <c>xy</c>.</summary>
    public string Axis { get; init; } = ChartTemplateAxes.Category;

    /// <summary>Category column header (time axes default to Month, Quarter, Year, Day).</summary>
    public string? Label { get; init; }

    /// <summary>Category names (category axis) or point labels (xy), in their natural order.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    public string Measure { get; init; } = string.Empty;

    public string Unit { get; init; } = string.Empty;

    /// <summary>Realistic [min, max]; a negative min allows negative values (losses, anomalies).</summary>
    public IReadOnlyList<double> Range { get; init; } = [0, 100];

    public int Decimals { get; init; }

    /// <summary>Value shape over the axis: <c>seasonal</c>, <c>growth</c>, <c>decline</c>, <c>flat</c> or <c>random</c>.</summary>
    public string Pattern { get; init; } = ChartPatterns.Random;

    /// <summary>Series names for multi-series charts; empty for single-series templates.</summary>
    public IReadOnlyList<string> Series { get; init; } = [];

    /// <summary>Whether values are parts of a whole (pie, donut, stacking allowed).</summary>
    public bool Parts { get; init; }

    /// <summary>Whether a reading may be missing (line charts only, drawn as a gap).</summary>
    public bool Missing { get; init; }

    /// <summary>Scatter only: the x measure.</summary>
    public ChartTemplateMeasure? X { get; init; }

    /// <summary>Scatter only: target correlation between x and y (-1 to 1).</summary>
    public double Correlation { get; init; }

    /// <summary>A <see cref="ChartTemplateKinds"/> value for datasets that are not a value per category; null otherwise.</summary>
    public string? Kind { get; init; }

    /// <summary>Bubble only: the measure the bubble area encodes.</summary>
    public ChartTemplateMeasure? Size { get; init; }

    /// <summary>Dual-axis only: the second measure, in another unit, over the same axis (with its own titles).</summary>
    public ChartTemplateMeasure? Second { get; init; }

    /// <summary>Observations: what one observation is, plural (e.g. <c>fish</c>), for "number of fish".</summary>
    public string Subject { get; init; } = "observations";

    /// <summary>Observations: titles for all groups pooled into one histogram (the group titles say "by ward").</summary>
    public IReadOnlyList<string> PoolTitles { get; init; } = [];

    /// <summary>Bridge: the label of the starting level.</summary>
    public string Start { get; init; } = "Start";

    /// <summary>Bridge: the label of the end level.</summary>
    public string End { get; init; } = "End";

    /// <summary>Bridge: the steps that add to the level.</summary>
    public IReadOnlyList<string> Increases { get; init; } = [];

    /// <summary>Bridge: the steps that take away from it.</summary>
    public IReadOnlyList<string> Decreases { get; init; } = [];

    /// <summary>Bridge: realistic [min, max] size of one step.</summary>
    public IReadOnlyList<double> Steps { get; init; } = [1, 10];

    /// <summary>Ohlc: typical daily volatility as a fraction of the price (0.02 = 2%).</summary>
    public double Volatility { get; init; } = 0.02;

    /// <summary>Whether the axis is made of time periods.</summary>
    public bool IsTimeAxis => Axis is ChartTemplateAxes.Month or ChartTemplateAxes.Quarter or ChartTemplateAxes.Year or ChartTemplateAxes.Weekday;

    /// <summary>The figure types this dataset makes sense as.</summary>
    public IReadOnlyList<string> FigureTypes => ChartTemplateFit.FigureTypesFor(this);
}
