using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Qa.Makers.Extended;

/// <summary>Funnel arithmetic on the labelled stage counts: a conversion rate between two names, or the stage with the biggest drop.</summary>
public sealed class FunnelQuestion : SingleSeriesQuestion
{
    protected override ChartQuestion? Ask(ChartFacts facts, decimal[] values, IReadOnlyList<string> names, SeededRandom random)
    {
        if (random.Chance(0.65))
        {
            var roll = random.NextDouble();
            var (a, b) = roll < 0.5 ? Consecutive(names.Count, random) : roll < 0.75 ? (0, names.Count - 1) : ExtendedQa.OrderedPair(names.Count, random);
            var rate = values[b] / values[a] * 100;
            var answer = QaNumber.Rounded(rate, 1);
            var q = facts.Bank.Phrase("funnel-rate", random, facts.Slots(("{a}", names[a]), ("{b}", names[b])));
            var explanation = $"The {names[a]} bar is labelled {QaNumber.Value(values[a])} and the {names[b]} bar {QaNumber.Value(values[b])}. The conversion rate is {QaNumber.Value(values[b])} / {QaNumber.Value(values[a])} × 100 = {answer}%. So the answer is {answer}.";
            return ChartQuestions.ShortAnswer("funnel-rate", q, explanation, answer, ChartStats.NumericDistractors(answer, [QaNumber.Round(rate * 0.9m, 1), QaNumber.Round(100 - rate, 1)], random));
        }

        var drops = Enumerable.Range(1, names.Count - 1).Select(i => values[i - 1] - values[i]).ToList();
        if (drops.Count(d => d == drops.Max()) > 1)
        {
            return null;
        }

        var stage = drops.IndexOf(drops.Max()) + 1;
        var steps = string.Join(", ", Enumerable.Range(1, names.Count - 1).Select(i => $"{names[i - 1]} to {names[i]}: {QaNumber.Value(values[i - 1])} - {QaNumber.Value(values[i])} = {QaNumber.Value(drops[i - 1])}"));
        var question = facts.Bank.Phrase("funnel-drop", random, facts.Slots());
        return ChartQuestions.ShortAnswer("funnel-drop", question, $"Subtract each stage's labelled count from the one before: {steps}. The largest drop, {QaNumber.Value(drops.Max())}, is at {names[stage]}. So the answer is {names[stage]}.",
            names[stage], ExtendedQa.NameDistractors([.. names.Skip(1)], names[stage], random));
    }

    private static (int A, int B) Consecutive(int count, SeededRandom random)
    {
        var a = random.Next(count - 1);
        return (a, a + 1);
    }
}
