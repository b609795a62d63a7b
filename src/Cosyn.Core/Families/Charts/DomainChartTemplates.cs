namespace Cosyn.Families.Charts;

/// <summary>The chart templates of one domain plus the names (places, organisations) its titles draw on.</summary>
public sealed class DomainChartTemplates
{
    public string Domain { get; init; } = string.Empty;

    /// <summary>Values for the <c>{name}</c> title slot.</summary>
    public IReadOnlyList<string> Names { get; init; } = [];

    public IReadOnlyList<ChartTemplate> Templates { get; init; } = [];
}
