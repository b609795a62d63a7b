namespace Cosyn.Families.Charts.Qa.Makers;

/// <summary>One category's share of a single-series part-of-whole chart, for share questions of any family.</summary>
internal sealed record ChartShare(int Category, decimal[] Values, decimal Total, decimal Percent)
{
    /// <summary>A random category's share, or null when the chart is not a gap-free part-of-whole series.</summary>
    public static ChartShare? Pick(ChartFacts facts, SeededRandom random)
    {
        if (!facts.Spec.IsPartOfWhole || facts.SeriesCount > 1 || facts.Complete(0) is not { } values)
        {
            return null;
        }

        var c = random.Next(values.Length);
        var total = values.Sum();
        return new ChartShare(c, values, total, values[c] / total * 100);
    }
}
