using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Qa.Makers.Extended;

/// <summary>
/// Questions on a two-unit chart, each about one measure so no arithmetic mixes units: a labelled value, the period where
/// a measure peaks or bottoms, a difference or percentage change between two periods, or what the right-hand axis shows.
/// </summary>
public sealed class DualAxisQuestion : QuestionMaker<ChartFacts>
{
    protected override ChartQuestion? Make(ChartFacts facts, SeededRandom random)
    {
        var spec = facts.Spec;
        var s = random.Next(2);
        var measure = spec.MeasureOf(s);
        var values = facts.Complete(s)!;
        var phrase = ChartFacts.MeasurePhrase(measure.Name);
        var mark = s == 0 ? "bar" : "point";
        var periods = facts.Categories;
        var roll = random.NextDouble();
        if (roll < 0.3)
        {
            var c = random.Next(periods.Count);
            var answer = QaNumber.Value(values[c]);
            var q = facts.Bank.Phrase("dual-value", random, facts.Slots(("{m}", phrase), ("{c}", periods[c])));
            return ChartQuestions.ShortAnswer("dual-value", q, $"The {phrase} {mark} for {periods[c]} is labelled {ExtendedQa.WithUnit(values[c], measure.Unit)}. So the answer is {answer}.", answer,
                ChartStats.NumericDistractors(answer, values, random));
        }

        if (roll < 0.6)
        {
            var max = random.Chance(0.5);
            var target = max ? values.Max() : values.Min();
            var answer = periods[Array.IndexOf(values, target)];
            var q = facts.Bank.Phrase(max ? "dual-max" : "dual-min", random, facts.Slots(("{m}", phrase)));
            var listed = string.Join(", ", periods.Select((p, i) => $"{p} {QaNumber.Value(values[i])}"));
            return ChartQuestions.ShortAnswer(max ? "dual-max" : "dual-min", q,
                $"The labelled {phrase} values ({measure.Label}) are: {listed}. The {(max ? "highest" : "lowest")} is {QaNumber.Value(target)}, in {answer}. So the answer is {answer}.", answer,
                ExtendedQa.NameDistractors(periods, answer, random));
        }

        if (roll < 0.85)
        {
            var (a, b) = ExtendedQa.OrderedPair(periods.Count, random);
            var slots = facts.Slots(("{m}", phrase), ("{a}", periods[a]), ("{b}", periods[b]));
            var read = $"The {phrase} is labelled {QaNumber.Value(values[a])} in {periods[a]} and {QaNumber.Value(values[b])} in {periods[b]}.";
            if (random.Chance(0.5) || values[a] <= 0)
            {
                var diff = QaNumber.Rounded(Math.Abs(values[a] - values[b]));
                return ChartQuestions.ShortAnswer("dual-difference", facts.Bank.Phrase("dual-difference", random, slots),
                    $"{read} The difference is |{QaNumber.Value(values[a])} - {QaNumber.Value(values[b])}| = {diff}. So the answer is {diff}.", diff,
                    ChartStats.NumericDistractors(diff, [values[a], values[b]], random));
            }

            var pct = QaNumber.Rounded((values[b] - values[a]) / values[a] * 100, 1);
            return ChartQuestions.ShortAnswer("dual-percent", facts.Bank.Phrase("dual-percent", random, slots),
                $"{read} The change is ({QaNumber.Value(values[b])} - {QaNumber.Value(values[a])}) / {QaNumber.Value(values[a])} × 100 = {pct}%. So the answer is {pct}.", pct,
                ChartStats.NumericDistractors(pct, [values[b] - values[a], QaNumber.Round((values[a] - values[b]) / values[b] * 100, 1)], random));
        }

        var right = spec.SecondMeasure!;
        if (right.Unit.Length > 0 && random.Chance(0.5))
        {
            return ChartQuestions.ShortAnswer("dual-right-unit", facts.Bank.Phrase("dual-right-unit", random, facts.Slots()),
                $"The right-hand axis is titled \"{right.Label}\"; the unit is in parentheses. So the answer is {right.Unit}.", right.Unit);
        }

        return ChartQuestions.ShortAnswer("dual-right", facts.Bank.Phrase("dual-right", random, facts.Slots()),
            $"The right-hand axis is titled \"{right.Label}\" and belongs to the line. So the answer is {right.Name}.", right.Name, [spec.Measure.Name, spec.CategoryLabel]);
    }
}
