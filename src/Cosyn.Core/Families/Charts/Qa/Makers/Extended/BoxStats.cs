using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Qa.Makers.Extended;

/// <summary>Each box's annotated statistics: lower quartile, median and upper quartile per group.</summary>
internal sealed class BoxStats
{
    public BoxStats(ChartFacts facts)
    {
        var stats = facts.Spec.Distribution!.Groups.Select(ChartObservationData.Quartiles).ToList();
        Q1 = [.. stats.Select(s => QaNumber.Exact(s.Q1))];
        Median = [.. stats.Select(s => QaNumber.Exact(s.Median))];
        Q3 = [.. stats.Select(s => QaNumber.Exact(s.Q3))];
        Iqr = [.. Q3.Zip(Q1, (a, b) => a - b)];
    }

    public decimal[] Q1 { get; }

    public decimal[] Median { get; }

    public decimal[] Q3 { get; }

    public decimal[] Iqr { get; }
}
