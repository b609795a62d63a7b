using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Qa.Makers;

/// <summary>Percentage change between two periods of a time series, rounded to one decimal.</summary>
public sealed class PercentChangeQuestion : QuestionMaker<ChartFacts>
{
    protected override bool Fits(ChartFacts facts) => facts.IsTime;

    protected override ChartQuestion? Make(ChartFacts facts, SeededRandom random)
    {
        var s = random.Next(facts.SeriesCount);
        var present = Enumerable.Range(0, facts.Categories.Count).Where(c => facts.Value(s, c) is not null).ToList();
        var (a, b) = random.Chance(0.6) ? (present[0], present[^1]) : Ordered(random.Sample(present, 2));
        var (va, vb) = (facts.Value(s, a)!.Value, facts.Value(s, b)!.Value);
        if (va <= 0)
        {
            return null;
        }

        var change = (vb - va) / va * 100;
        var answer = QaNumber.Rounded(change, 1);
        var multi = facts.SeriesCount > 1;
        var slots = facts.Slots(("{a}", facts.Categories[a]), ("{b}", facts.Categories[b]), ("{s}", facts.Spec.Series[s].Name));
        var question = facts.Bank.Phrase(multi ? "percent-change-series" : "percent-change", random, slots);
        var explanation = $"{ChartWords.Capitalize(facts.Read(s, a))} and {facts.Read(s, b)}. "
            + $"Percentage change = ({QaNumber.Value(vb)} - {QaNumber.Value(va)}) / {QaNumber.Value(va)} × 100 = {QaNumber.Rounded(vb - va)} / {QaNumber.Value(va)} × 100 = {QaNumber.Rounded(change, 3)}%, "
            + $"which rounds to {answer}%. So the answer is {answer}.";
        return ChartQuestions.ShortAnswer("percent-change", question, explanation, answer);
    }

    private static (int, int) Ordered(List<int> two) => two[0] < two[1] ? (two[0], two[1]) : (two[1], two[0]);
}
