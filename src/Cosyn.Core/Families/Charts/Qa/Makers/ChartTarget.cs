using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Qa.Makers;

/// <summary>The list of values a ranking question ranks: one gap-free series, or a scatter's x or y measure.</summary>
internal sealed record ChartTarget(string Measure, decimal[] Values, int? Series, bool IsDefault, bool IsX)
{
    /// <summary>A random gap-free target, or null when every series has a gap.</summary>
    public static ChartTarget? Pick(ChartFacts facts, SeededRandom random)
    {
        if (facts.IsScatter && random.Chance(0.4))
        {
            return new ChartTarget(ChartFacts.MeasurePhrase(facts.Spec.XMeasure!.Name), facts.XValues, null, IsDefault: false, IsX: true);
        }

        if (facts.CompleteSeries.Count == 0)
        {
            return null;
        }

        var s = random.Pick(facts.CompleteSeries);
        return new ChartTarget(facts.Measure, facts.Complete(s)!, s, IsDefault: true, IsX: false);
    }

    /// <summary>An explanation sentence listing the values as the chart shows them.</summary>
    public string Describe(ChartFacts facts)
    {
        var pairs = string.Join(", ", facts.Categories.Select((c, i) => $"{c} {QaNumber.Value(Values[i])}"));
        if (facts.IsScatter)
        {
            var axis = IsX ? "x" : "y";
            return $"Each point is labelled with its {facts.CategoryNoun}; comparing their positions along the {axis}-axis ({Measure}), the plotted values are: {pairs}.";
        }

        var owner = Series is { } s && facts.SeriesCount > 1 ? $" of {facts.Spec.Series[s].Name}" : string.Empty;
        return $"The labelled values{owner} are: {pairs}.";
    }
}
