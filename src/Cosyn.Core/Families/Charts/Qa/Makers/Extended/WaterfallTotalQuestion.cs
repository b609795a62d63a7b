using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Qa.Makers.Extended;

/// <summary>Waterfall arithmetic: the running total after a step, or the net (or percentage) change from the first level to the last.</summary>
public sealed class WaterfallTotalQuestion : SingleSeriesQuestion
{
    protected override ChartQuestion? Ask(ChartFacts facts, decimal[] values, IReadOnlyList<string> names, SeededRandom random)
    {
        var roll = random.NextDouble();
        if (roll < 0.5)
        {
            var upTo = random.Next(1, names.Count - 1);
            var total = values.Take(upTo + 1).Sum();
            var answer = QaNumber.Rounded(total);
            var sum = QaNumber.Value(values[0]) + string.Concat(values.Skip(1).Take(upTo).Select(v => v < 0 ? $" - {QaNumber.Value(-v)}" : $" + {QaNumber.Value(v)}"));
            var q = facts.Bank.Phrase("waterfall-running", random, facts.Slots(("{c}", names[upTo])));
            return ChartQuestions.ShortAnswer("waterfall-running", q,
                $"Start from {names[0]} ({QaNumber.Value(values[0])}) and apply each labelled change through {names[upTo]}: {sum} = {answer}. So the answer is {answer}.",
                answer, ChartStats.NumericDistractors(answer, [values[0], values[^1], total - values[upTo]], random));
        }

        var (start, end) = (values[0], values[^1]);
        var slots = facts.Slots(("{a}", names[0]), ("{b}", names[^1]));
        if (roll < 0.8 || start <= 0)
        {
            var net = QaNumber.Rounded(end - start);
            return ChartQuestions.ShortAnswer("waterfall-net", facts.Bank.Phrase("waterfall-net", random, slots),
                $"{names[0]} is labelled {QaNumber.Value(start)} and {names[^1]} {QaNumber.Value(end)}. The net change is {QaNumber.Value(end)} - {QaNumber.Value(start)} = {net}. So the answer is {net}.", net,
                ChartStats.NumericDistractors(net, [start, end, -(end - start)], random));
        }

        var pct = QaNumber.Rounded((end - start) / start * 100, 1);
        return ChartQuestions.ShortAnswer("waterfall-percent", facts.Bank.Phrase("waterfall-percent", random, slots),
            $"{names[0]} is labelled {QaNumber.Value(start)} and {names[^1]} {QaNumber.Value(end)}. The change is ({QaNumber.Value(end)} - {QaNumber.Value(start)}) / {QaNumber.Value(start)} × 100 = {pct}%. So the answer is {pct}.", pct,
            ChartStats.NumericDistractors(pct, [end - start, QaNumber.Round((start - end) / end * 100, 1)], random));
    }
}
