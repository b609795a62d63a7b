using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Qa.Makers;

/// <summary>"What is the highest / lowest value?" of a gap-free series.</summary>
public sealed class ExtremeValueQuestion : QuestionMaker<ChartFacts>
{
    protected override bool Fits(ChartFacts facts) => !facts.IsScatter && facts.CompleteSeries.Count > 0;

    protected override ChartQuestion? Make(ChartFacts facts, SeededRandom random)
    {
        var target = ChartTarget.Pick(facts, random)!;
        var highest = random.Chance(0.5);
        var value = highest ? target.Values.Max() : target.Values.Min();
        var multi = facts.SeriesCount > 1;
        var kind = (highest ? "max-value" : "min-value") + (multi ? "-series" : string.Empty);
        var question = facts.Bank.Phrase(kind, random, facts.Slots(("{s}", multi ? facts.Spec.Series[target.Series!.Value].Name : string.Empty)));
        var answer = QaNumber.Value(value);
        var where = facts.Categories[Array.IndexOf(target.Values, value)];
        var explanation = $"{target.Describe(facts)} The {(highest ? "largest" : "smallest")} of these is {answer} ({where}). So the answer is {answer}.";
        return ChartQuestions.ShortAnswer(highest ? "max-value" : "min-value", question, explanation, answer, ChartStats.NumericDistractors(answer, target.Values, random));
    }
}
