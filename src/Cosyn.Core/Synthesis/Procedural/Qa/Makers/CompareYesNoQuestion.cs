using Cosyn.Randomness;

namespace Cosyn.Synthesis.Procedural.Qa.Makers;

/// <summary>"Is A greater than B?" for two labelled values.</summary>
public sealed class CompareYesNoQuestion : IChartQuestionMaker
{
    public ChartQuestion? TryMake(ChartFacts facts, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(random);
        if (facts.IsScatter || ChartPair.Pick(facts, random) is not { } pair)
        {
            return null;
        }

        var kind = pair.AcrossSeries ? "yn-compare-series" : facts.IsTime ? "yn-compare-time" : "yn-compare";
        var slots = pair.AcrossSeries
            ? facts.Slots(("{s}", pair.NameA(facts)), ("{s2}", pair.NameB(facts)), ("{c}", facts.Categories[pair.Category]))
            : facts.Slots(("{a}", pair.NameA(facts)), ("{b}", pair.NameB(facts)));
        var (va, vb) = (pair.ValueA(facts), pair.ValueB(facts));
        var relation = va > vb ? "greater than" : "less than";
        var explanation = $"{char.ToUpperInvariant(pair.ReadA(facts)[0])}{pair.ReadA(facts)[1..]} and {pair.ReadB(facts)}. {QaNumber.Value(va)} is {relation} {QaNumber.Value(vb)}.";
        return ChartQuestions.YesNo("compare", facts.Bank.Phrase(kind, random, slots), explanation, va > vb);
    }
}
