using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Qa.Makers;

/// <summary>Difference of two labelled values: two categories of one series, or two series at one category.</summary>
public sealed class DifferenceQuestion : QuestionMaker<ChartFacts>
{
    protected override bool Fits(ChartFacts facts) => !facts.IsScatter;

    protected override ChartQuestion? Make(ChartFacts facts, SeededRandom random)
    {
        var pair = ChartPair.Pick(facts, random);
        if (pair is null)
        {
            return null;
        }

        var (va, vb) = (pair.ValueA(facts), pair.ValueB(facts));
        string question;
        decimal result;
        string arithmetic;
        if (pair.AcrossSeries)
        {
            question = facts.Bank.Phrase("difference-series", random, facts.Slots(("{s}", pair.NameA(facts)), ("{s2}", pair.NameB(facts)), ("{c}", facts.Categories[pair.Category])));
            result = Math.Abs(va - vb);
            arithmetic = $"|{QaNumber.Value(va)} - {QaNumber.Value(vb)}| = {QaNumber.Rounded(result)}";
        }
        else if (va > vb && random.Chance(0.5))
        {
            question = facts.Bank.Phrase("exceed", random, facts.Slots(("{a}", pair.NameA(facts)), ("{b}", pair.NameB(facts))));
            result = va - vb;
            arithmetic = $"{QaNumber.Value(va)} - {QaNumber.Value(vb)} = {QaNumber.Rounded(result)}";
        }
        else
        {
            question = facts.Bank.Phrase("difference", random, facts.Slots(("{a}", pair.NameA(facts)), ("{b}", pair.NameB(facts))));
            result = Math.Abs(va - vb);
            arithmetic = $"|{QaNumber.Value(va)} - {QaNumber.Value(vb)}| = {QaNumber.Rounded(result)}";
        }

        var answer = QaNumber.Rounded(result);
        var explanation = $"{ChartWords.Capitalize(pair.ReadA(facts))} and {pair.ReadB(facts)}. The difference is {arithmetic}. So the answer is {answer}.";
        return ChartQuestions.ShortAnswer("difference", question, explanation, answer);
    }
}
