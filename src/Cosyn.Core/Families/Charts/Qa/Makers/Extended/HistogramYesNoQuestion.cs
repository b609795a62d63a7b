namespace Cosyn.Families.Charts.Qa.Makers.Extended;

/// <summary>"Are there more fish in the 20–25 cm bin than in the 30–35 cm bin?", from the labelled counts.</summary>
public sealed class HistogramYesNoQuestion : QuestionMaker<ChartFacts>
{
    protected override ChartQuestion? Make(ChartFacts facts, SeededRandom random)
    {
        var h = new HistogramBins(facts);
        var two = random.Sample(Enumerable.Range(0, h.Counts.Length).ToList(), 2);
        var (a, b) = (two[0], two[1]);
        if (h.Counts[a] == h.Counts[b])
        {
            return null;
        }

        var q = facts.Bank.Phrase("yn-hist", random, facts.Slots(("{subj}", h.Subject), ("{bu}", h.WithUnit(a)), ("{bu2}", h.WithUnit(b))));
        return ChartQuestions.YesNo("yn-hist", q, $"The {h.WithUnit(a)} bar is labelled {h.Counts[a]} and the {h.WithUnit(b)} bar {h.Counts[b]}.", h.Counts[a] > h.Counts[b]);
    }
}
