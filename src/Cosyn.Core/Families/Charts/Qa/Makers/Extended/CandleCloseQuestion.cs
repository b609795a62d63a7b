using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Qa.Makers.Extended;

/// <summary>Candlestick closes, which the chart labels above each candle: one close, the highest or lowest, or the change between two days.</summary>
public sealed class CandleCloseQuestion : QuestionMaker<ChartFacts>
{
    protected override ChartQuestion? Make(ChartFacts facts, SeededRandom random)
    {
        var close = facts.Complete(3)!;
        var days = facts.Categories;
        var roll = random.NextDouble();
        if (roll < 0.3)
        {
            var i = random.Next(days.Count);
            var answer = QaNumber.Value(close[i]);
            var q = facts.Bank.Phrase("candle-close", random, facts.Slots(("{c}", days[i])));
            return ChartQuestions.ShortAnswer("candle-close", q, $"The candle for {days[i]} is labelled with its close, {ExtendedQa.WithUnit(close[i], facts.Spec.Measure.Unit)}. So the answer is {answer}.", answer,
                ChartStats.NumericDistractors(answer, close, random));
        }

        if (roll < 0.65)
        {
            var max = random.Chance(0.5);
            var target = max ? close.Max() : close.Min();
            var answer = days[Array.IndexOf(close, target)];
            var q = facts.Bank.Phrase(max ? "candle-max" : "candle-min", random, facts.Slots());
            var listed = string.Join(", ", days.Select((d, i) => $"{d} {QaNumber.Value(close[i])}"));
            return ChartQuestions.ShortAnswer(max ? "candle-max" : "candle-min", q,
                $"The labelled closes are: {listed}. The {(max ? "highest" : "lowest")} is {QaNumber.Value(target)}, on {answer}. So the answer is {answer}.", answer, ExtendedQa.NameDistractors(days, answer, random));
        }

        var (a, b) = ExtendedQa.OrderedPair(days.Count, random);
        if (random.Chance(0.5))
        {
            var change = QaNumber.Rounded(close[b] - close[a]);
            var q = facts.Bank.Phrase("candle-change", random, facts.Slots(("{a}", days[a]), ("{b}", days[b])));
            return ChartQuestions.ShortAnswer("candle-change", q,
                $"The close on {days[a]} is labelled {QaNumber.Value(close[a])} and on {days[b]} {QaNumber.Value(close[b])}. The change is {QaNumber.Value(close[b])} - {QaNumber.Value(close[a])} = {change}. So the answer is {change}.", change,
                ChartStats.NumericDistractors(change, [close[b] - close[a] + (close[b] - close[a] == 0 ? 1 : 0), -(close[b] - close[a])], random));
        }

        var pct = QaNumber.Rounded((close[b] - close[a]) / close[a] * 100, 1);
        var question = facts.Bank.Phrase("candle-percent", random, facts.Slots(("{a}", days[a]), ("{b}", days[b])));
        return ChartQuestions.ShortAnswer("candle-percent", question,
            $"The close on {days[a]} is labelled {QaNumber.Value(close[a])} and on {days[b]} {QaNumber.Value(close[b])}. The change is ({QaNumber.Value(close[b])} - {QaNumber.Value(close[a])}) / {QaNumber.Value(close[a])} × 100 = {pct}%. So the answer is {pct}.", pct,
            ChartStats.NumericDistractors(pct, [close[b] - close[a], QaNumber.Round((close[a] - close[b]) / close[b] * 100, 1)], random));
    }
}
