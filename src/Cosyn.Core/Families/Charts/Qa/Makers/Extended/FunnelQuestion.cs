using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Qa.Makers.Extended;

/// <summary>Funnel arithmetic on the labelled stage counts: a conversion rate between two stages, or the stage with the biggest drop.</summary>
public sealed class FunnelQuestion : QuestionMaker<ChartFacts>
{
    protected override ChartQuestion? Make(ChartFacts facts, SeededRandom random)
    {
        var values = facts.Complete(0)!;
        var stages = facts.Categories;
        if (random.Chance(0.65))
        {
            var roll = random.NextDouble();
            var (a, b) = roll < 0.5 ? Consecutive(stages.Count, random) : roll < 0.75 ? (0, stages.Count - 1) : ExtendedQa.OrderedPair(stages.Count, random);
            var rate = values[b] / values[a] * 100;
            var answer = QaNumber.Rounded(rate, 1);
            var q = facts.Bank.Phrase("funnel-rate", random, facts.Slots(("{a}", stages[a]), ("{b}", stages[b])));
            var explanation = $"The {stages[a]} bar is labelled {QaNumber.Value(values[a])} and the {stages[b]} bar {QaNumber.Value(values[b])}. The conversion rate is {QaNumber.Value(values[b])} / {QaNumber.Value(values[a])} × 100 = {answer}%. So the answer is {answer}.";
            return ChartQuestions.ShortAnswer("funnel-rate", q, explanation, answer, ChartStats.NumericDistractors(answer, [QaNumber.Round(rate * 0.9m, 1), QaNumber.Round(100 - rate, 1)], random));
        }

        var drops = Enumerable.Range(1, stages.Count - 1).Select(i => values[i - 1] - values[i]).ToList();
        if (drops.Count(d => d == drops.Max()) > 1)
        {
            return null;
        }

        var stage = drops.IndexOf(drops.Max()) + 1;
        var steps = string.Join(", ", Enumerable.Range(1, stages.Count - 1).Select(i => $"{stages[i - 1]} to {stages[i]}: {QaNumber.Value(values[i - 1])} - {QaNumber.Value(values[i])} = {QaNumber.Value(drops[i - 1])}"));
        var question = facts.Bank.Phrase("funnel-drop", random, facts.Slots());
        return ChartQuestions.ShortAnswer("funnel-drop", question, $"Subtract each stage's labelled count from the one before: {steps}. The largest drop, {QaNumber.Value(drops.Max())}, is at {stages[stage]}. So the answer is {stages[stage]}.",
            stages[stage], ExtendedQa.NameDistractors([.. stages.Skip(1)], stages[stage], random));
    }

    private static (int A, int B) Consecutive(int count, SeededRandom random)
    {
        var a = random.Next(count - 1);
        return (a, a + 1);
    }
}
