using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Qa.Makers;

/// <summary>Ratio of a larger to a smaller positive value of one series, rounded to two decimals.</summary>
public sealed class RatioQuestion : QuestionMaker<ChartFacts>
{
    protected override bool Fits(ChartFacts facts) => !facts.IsScatter && facts.SeriesCount == 1;

    protected override ChartQuestion? Make(ChartFacts facts, SeededRandom random)
    {
        var pair = ChartPair.Pick(facts, random);
        if (pair is null || pair.ValueA(facts) <= 0 || pair.ValueB(facts) <= 0)
        {
            return null;
        }

        // Larger first, so "how many times larger" reads naturally and ratios are at least 1.
        if (pair.ValueA(facts) < pair.ValueB(facts))
        {
            pair = pair with { CategoryA = pair.CategoryB, CategoryB = pair.CategoryA };
        }

        var (va, vb) = (pair.ValueA(facts), pair.ValueB(facts));
        var ratio = va / vb;
        var answer = QaNumber.Rounded(ratio);
        var question = facts.Bank.Phrase("ratio", random, facts.Slots(("{a}", pair.NameA(facts)), ("{b}", pair.NameB(facts))));
        var explanation = $"{ChartWords.Capitalize(pair.ReadA(facts))} and {pair.ReadB(facts)}. "
            + $"The ratio is {QaNumber.Value(va)} / {QaNumber.Value(vb)} = {QaNumber.Rounded(ratio, 4)}, which rounds to {answer}. So the answer is {answer}.";
        return ChartQuestions.ShortAnswer("ratio", question, explanation, answer);
    }
}
