using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Qa.Makers.Extended;

/// <summary>"Did the price close higher on A than on B?", from the labelled closes.</summary>
public sealed class CandleYesNoQuestion : QuestionMaker<ChartFacts>
{
    protected override ChartQuestion? Make(ChartFacts facts, SeededRandom random)
    {
        var close = facts.Complete(3)!;
        var two = random.Sample(Enumerable.Range(0, close.Length).ToList(), 2);
        var (a, b) = (two[0], two[1]);
        var q = facts.Bank.Phrase("yn-candle", random, facts.Slots(("{a}", facts.Categories[a]), ("{b}", facts.Categories[b])));
        var yes = close[a] > close[b];
        return ChartQuestions.YesNo("yn-candle", q, $"The close on {facts.Categories[a]} is labelled {QaNumber.Value(close[a])} and on {facts.Categories[b]} {QaNumber.Value(close[b])}.", yes);
    }
}
