using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Qa.Makers.Extended;

/// <summary>"Was the rainfall higher in May than in June?", on one of the two measures.</summary>
public sealed class DualAxisYesNoQuestion : QuestionMaker<ChartFacts>
{
    protected override ChartQuestion? Make(ChartFacts facts, SeededRandom random)
    {
        var s = random.Next(2);
        var values = facts.Complete(s)!;
        var phrase = ChartFacts.MeasurePhrase(facts.Spec.MeasureOf(s).Name);
        var two = random.Sample(Enumerable.Range(0, values.Length).ToList(), 2);
        var (a, b) = (two[0], two[1]);
        var q = facts.Bank.Phrase("yn-dual", random, facts.Slots(("{m}", phrase), ("{a}", facts.Categories[a]), ("{b}", facts.Categories[b])));
        return ChartQuestions.YesNo("yn-dual", q, $"The {phrase} is labelled {QaNumber.Value(values[a])} in {facts.Categories[a]} and {QaNumber.Value(values[b])} in {facts.Categories[b]}.", values[a] > values[b]);
    }
}
