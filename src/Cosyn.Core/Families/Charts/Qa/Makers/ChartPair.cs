namespace Cosyn.Families.Charts.Qa.Makers;

/// <summary>Two labelled values to compare: two categories of one series, or (multi-series) two series at one category.</summary>
internal sealed record ChartPair(int SeriesA, int SeriesB, int CategoryA, int CategoryB, bool AcrossSeries)
{
    public int Category => CategoryA;

    /// <summary>A random pair of distinct, present values (across series when there are several); null when none exists.</summary>
    public static ChartPair? Pick(ChartFacts facts, SeededRandom random)
    {
        if (facts.SeriesCount > 1)
        {
            var c = random.Next(facts.Categories.Count);
            var present = Enumerable.Range(0, facts.SeriesCount).Where(s => facts.Value(s, c) is not null).ToList();
            if (present.Count >= 2)
            {
                var two = random.Sample(present, 2);
                var across = new ChartPair(two[0], two[1], c, c, AcrossSeries: true);
                return across.ValueA(facts) == across.ValueB(facts) ? null : across;
            }

            // Two categories of one series would be ambiguous when several series share the chart.
            return null;
        }

        var s0 = random.Next(facts.SeriesCount);
        var cats = Enumerable.Range(0, facts.Categories.Count).Where(c => facts.Value(s0, c) is not null).ToList();
        var pick = random.Sample(cats, 2);
        var pair = new ChartPair(s0, s0, pick[0], pick[1], AcrossSeries: false);
        return pair.ValueA(facts) == pair.ValueB(facts) ? null : pair;
    }

    public decimal ValueA(ChartFacts facts) => facts.Value(SeriesA, CategoryA)!.Value;

    public decimal ValueB(ChartFacts facts) => facts.Value(SeriesB, CategoryB)!.Value;

    /// <summary>What the question calls the first value: a series name across series, else a category.</summary>
    public string NameA(ChartFacts facts) => AcrossSeries ? facts.Spec.Series[SeriesA].Name : facts.Categories[CategoryA];

    public string NameB(ChartFacts facts) => AcrossSeries ? facts.Spec.Series[SeriesB].Name : facts.Categories[CategoryB];

    public string ReadA(ChartFacts facts) => facts.Read(SeriesA, CategoryA);

    public string ReadB(ChartFacts facts) => facts.Read(SeriesB, CategoryB);
}
