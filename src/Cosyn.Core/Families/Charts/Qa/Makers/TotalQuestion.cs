using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Qa.Makers;

/// <summary>Sum of parts: all categories of a single series, or all series at one category (stacks).</summary>
public sealed class TotalQuestion : QuestionMaker<ChartFacts>
{
    protected override bool Fits(ChartFacts facts) => facts.Spec.IsPartOfWhole && !facts.IsScatter;

    protected override ChartQuestion? Make(ChartFacts facts, SeededRandom random)
    {
        if (facts.SeriesCount == 1)
        {
            var values = facts.Complete(0);
            if (values is null)
            {
                return null;
            }

            var total = values.Sum();
            var question = facts.Bank.Phrase("total", random, facts.Slots());
            var answer = QaNumber.Rounded(total);
            var explanation = $"Add the labelled values of all {facts.Categories.Count} {facts.CategoryPlural}: {string.Join(" + ", values.Select(QaNumber.Value))} = {answer}. So the answer is {answer}.";
            return ChartQuestions.ShortAnswer("total", question, explanation, answer, ChartStats.NumericDistractors(answer, [total - values.Min(), total + values.Min(), total - values.Max()], random));
        }

        var c = random.Next(facts.Categories.Count);
        var parts = Enumerable.Range(0, facts.SeriesCount).Select(s => facts.Value(s, c)).ToList();
        if (parts.Any(p => p is null))
        {
            return null;
        }

        var sum = parts.Sum(p => p!.Value);
        var q = facts.Bank.Phrase("total-at", random, facts.Slots(("{c}", facts.Categories[c])));
        var a = QaNumber.Rounded(sum);
        var readings = string.Join("; ", Enumerable.Range(0, facts.SeriesCount).Select(s => facts.Read(s, c)));
        var e = $"For {facts.Categories[c]}: {readings}. Adding them: {string.Join(" + ", parts.Select(p => QaNumber.Value(p!.Value)))} = {a}. So the answer is {a}.";
        return ChartQuestions.ShortAnswer("total", q, e, a);
    }
}
