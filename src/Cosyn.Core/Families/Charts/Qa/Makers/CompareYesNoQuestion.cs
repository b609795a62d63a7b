using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Qa.Makers;

/// <summary>"Is A greater than B?" for two labelled values.</summary>
public sealed class CompareYesNoQuestion : QuestionMaker<ChartFacts>
{
    protected override ChartQuestion? Make(ChartFacts facts, SeededRandom random)
    {
        if (facts.IsScatter)
        {
            return ComparePoints(facts, random);
        }

        if (ChartPair.Pick(facts, random) is not { } pair)
        {
            return null;
        }

        var kind = pair.AcrossSeries ? "yn-compare-series" : facts.IsTime ? "yn-compare-time" : "yn-compare";
        var slots = pair.AcrossSeries
            ? facts.Slots(("{s}", pair.NameA(facts)), ("{s2}", pair.NameB(facts)), ("{c}", facts.Categories[pair.Category]))
            : facts.Slots(("{a}", pair.NameA(facts)), ("{b}", pair.NameB(facts)));
        var (va, vb) = (pair.ValueA(facts), pair.ValueB(facts));
        var relation = va > vb ? "greater than" : "less than";
        var explanation = $"{ChartWords.Capitalize(pair.ReadA(facts))} and {pair.ReadB(facts)}. {QaNumber.Value(va)} is {relation} {QaNumber.Value(vb)}.";
        return ChartQuestions.YesNo("compare", facts.Bank.Phrase(kind, random, slots), explanation, va > vb);
    }

    // Scatter values are read off the axis, so only points far apart vertically are compared.
    private static ChartQuestion? ComparePoints(ChartFacts facts, SeededRandom random)
    {
        var y = facts.Complete(0)!;
        var two = random.Sample(Enumerable.Range(0, y.Length).ToList(), 2);
        var (a, b) = (two[0], two[1]);
        if (Math.Abs(y[a] - y[b]) < 0.15m * (y.Max() - y.Min()))
        {
            return null;
        }

        var question = facts.Bank.Phrase("yn-compare", random, facts.Slots(("{a}", facts.Categories[a]), ("{b}", facts.Categories[b])), "{m}");
        var explanation = $"The point labelled {facts.Categories[a]} sits at {facts.Measure} {QaNumber.Value(y[a])}{facts.UnitSuffix} and the point labelled {facts.Categories[b]} at {QaNumber.Value(y[b])}{facts.UnitSuffix}, "
            + $"so {facts.Categories[a]} is plotted {(y[a] > y[b] ? "higher" : "lower")}.";
        return ChartQuestions.YesNo("compare", question, explanation, y[a] > y[b]);
    }
}
