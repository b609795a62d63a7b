namespace Cosyn.Families.Charts;

/// <summary>What the topic stage decided and the data stage fills in: template, figure type, title and the axis.</summary>
/// <param name="Domain">Domain the template came from.</param>
/// <param name="Template">The dataset template.</param>
/// <param name="FigureType">Chosen figure type.</param>
/// <param name="Title">The topic / chart title.</param>
/// <param name="CategoryLabel">Header of the first column.</param>
/// <param name="Categories">Resolved categories (time periods, names or point labels).</param>
/// <param name="SeriesNames">Series names (one entry, the measure, for single-series charts).</param>
/// <param name="Unshown">Plausible categories the chart does not show (for unanswerable questions).</param>
public sealed record ChartPlan(
    string Domain,
    ChartTemplate Template,
    string FigureType,
    string Title,
    string CategoryLabel,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> SeriesNames,
    IReadOnlyList<string> Unshown);
