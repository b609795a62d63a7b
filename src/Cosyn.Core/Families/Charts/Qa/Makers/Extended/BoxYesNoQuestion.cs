using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Qa.Makers.Extended;

/// <summary>"Is the median for A higher than for B?", from the annotated medians.</summary>
public sealed class BoxYesNoQuestion : QuestionMaker<ChartFacts>
{
    protected override ChartQuestion? Make(ChartFacts facts, SeededRandom random)
    {
        var median = new BoxStats(facts).Median;
        var two = random.Sample(Enumerable.Range(0, median.Length).ToList(), 2);
        var (a, b) = (two[0], two[1]);
        var q = facts.Bank.Phrase("yn-box", random, facts.Slots(("{a}", facts.Categories[a]), ("{b}", facts.Categories[b])));
        return ChartQuestions.YesNo("yn-box", q, $"The median of {facts.Categories[a]} is annotated as {QaNumber.Value(median[a])} and that of {facts.Categories[b]} as {QaNumber.Value(median[b])}.", median[a] > median[b]);
    }
}
