using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Qa.Makers.Extended;

/// <summary>Yes/no on a waterfall: does it end above its start, or does a given step add to the level.</summary>
public sealed class WaterfallYesNoQuestion : SingleSeriesQuestion
{
    protected override ChartQuestion? Ask(ChartFacts facts, decimal[] values, IReadOnlyList<string> names, SeededRandom random)
    {
        if (random.Chance(0.5))
        {
            var yes = values[^1] > values[0];
            var q = facts.Bank.Phrase("yn-waterfall-end", random, facts.Slots(("{a}", names[0]), ("{b}", names[^1])));
            return ChartQuestions.YesNo("yn-waterfall-end", q, $"{names[^1]} is labelled {QaNumber.Value(values[^1])} and {names[0]} {QaNumber.Value(values[0])}; {QaNumber.Value(values[^1])} is {(yes ? "greater" : "not greater")} than {QaNumber.Value(values[0])}.", yes);
        }

        var i = random.Next(1, names.Count - 1);
        var increaseWording = random.Chance(0.5);
        var question = facts.Bank.Phrase("yn-waterfall-step", random, facts.Slots(("{c}", names[i])), increaseWording ? "increase" : "decrease");
        var isUp = values[i] > 0;
        return ChartQuestions.YesNo("yn-waterfall-step", question, $"The {names[i]} bar is labelled {ExtendedQa.Signed(values[i])}, {(isUp ? "an increase" : "a decrease")}.", increaseWording == isUp);
    }
}
