using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Qa.Makers.Extended;

/// <summary>What the candles' colours and lengths show: how many days closed up or down, and (when it stands out) the widest daily range.</summary>
public sealed class CandleShapeQuestion : QuestionMaker<ChartFacts>
{
    protected override ChartQuestion? Make(ChartFacts facts, SeededRandom random)
    {
        var (open, high, low, close) = (facts.Complete(0)!, facts.Complete(1)!, facts.Complete(2)!, facts.Complete(3)!);
        var days = facts.Categories;
        if (random.Chance(0.6))
        {
            var up = random.Chance(0.5);
            var matching = days.Where((_, i) => up ? close[i] > open[i] : close[i] < open[i]).ToList();
            var n = matching.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var q = facts.Bank.Phrase(up ? "candle-up" : "candle-down", random, facts.Slots());
            var which = matching.Count == 0 ? "no day" : ChartWords.List(matching);
            return ChartQuestions.ShortAnswer(up ? "candle-up" : "candle-down", q,
                $"A candle drawn in the {(up ? "rising" : "falling")} colour closed {(up ? "above" : "below")} its open: {which}. That is {n} days. So the answer is {n}.", n, ExtendedQa.CountDistractors(matching.Count));
        }

        var ranges = days.Select((_, i) => high[i] - low[i]).ToList();
        var sorted = ranges.OrderDescending().ToList();

        // Wick lengths are judged by eye, so ask only when the widest day is clearly wider than the runner-up.
        if (sorted[0] < sorted[1] * 1.3m)
        {
            return null;
        }

        var best = ranges.IndexOf(sorted[0]);
        var question = facts.Bank.Phrase("candle-range", random, facts.Slots());
        return ChartQuestions.ShortAnswer("candle-range", question,
            $"The daily range is the full length of a candle, from the bottom of its lower wick (the low) to the top of its upper wick (the high). The {days[best]} candle is clearly the longest: {QaNumber.Value(high[best])} - {QaNumber.Value(low[best])} = {QaNumber.Value(sorted[0])}, against at most {QaNumber.Value(sorted[1])} on any other day. So the answer is {days[best]}.",
            days[best], ExtendedQa.NameDistractors(days, days[best], random));
    }
}
