using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Qa.Makers.Extended;

/// <summary>Reading a waterfall's labelled bars: a step's signed change or a level, the largest increase or decrease, or how many steps go each way.</summary>
public sealed class WaterfallStepQuestion : SingleSeriesQuestion
{
    protected override ChartQuestion? Ask(ChartFacts facts, decimal[] values, IReadOnlyList<string> names, SeededRandom random)
    {
        var steps = Enumerable.Range(1, names.Count - 2).ToList();
        var roll = random.NextDouble();
        if (roll < 0.35)
        {
            var i = random.Chance(0.75) ? random.Pick(steps) : random.Pick([0, names.Count - 1]);
            var answer = QaNumber.Value(values[i]);
            var what = i == 0 || i == names.Count - 1 ? $"the {names[i]} bar is a level, labelled {answer}" : $"the {names[i]} bar is a change, labelled {ExtendedQa.Signed(values[i])}";
            var q = facts.Bank.Phrase("waterfall-value", random, facts.Slots(("{c}", names[i])));
            return ChartQuestions.ShortAnswer("waterfall-value", q, $"In the chart, {what}. So the answer is {answer}.", answer, ChartStats.NumericDistractors(answer, values, random));
        }

        if (roll < 0.7)
        {
            var up = random.Chance(0.5);
            var candidates = steps.Where(i => up ? values[i] > 0 : values[i] < 0).ToList();
            if (candidates.Count == 0)
            {
                return null;
            }

            var best = up ? candidates.MaxBy(i => values[i]) : candidates.MinBy(i => values[i]);
            var listed = string.Join(", ", candidates.Select(i => $"{names[i]} {ExtendedQa.Signed(values[i])}"));
            var q = facts.Bank.Phrase(up ? "waterfall-max" : "waterfall-min", random, facts.Slots());
            var explanation = $"The {(up ? "increases" : "decreases")} are labelled {listed}. The largest {(up ? "increase" : "decrease")} is {names[best]} ({ExtendedQa.Signed(values[best])}). So the answer is {names[best]}.";
            return ChartQuestions.ShortAnswer(up ? "waterfall-max" : "waterfall-min", q, explanation, names[best], ExtendedQa.NameDistractors([.. steps.Select(i => names[i])], names[best], random));
        }

        var down = random.Chance(0.5);
        var matching = steps.Where(i => down ? values[i] < 0 : values[i] > 0).Select(i => names[i]).ToList();
        var n = matching.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var question = facts.Bank.Phrase(down ? "waterfall-count-down" : "waterfall-count-up", random, facts.Slots());
        var which = matching.Count == 0 ? "none of the steps" : ChartWords.List(matching);
        return ChartQuestions.ShortAnswer(down ? "waterfall-count-down" : "waterfall-count-up", question,
            $"Between {names[0]} and {names[^1]}, the steps labelled with a {(down ? "minus" : "plus")} sign are {which}: {n} in all. So the answer is {n}.", n, ExtendedQa.CountDistractors(matching.Count));
    }
}
