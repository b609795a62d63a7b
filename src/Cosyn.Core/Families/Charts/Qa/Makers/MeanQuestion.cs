using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Qa.Makers;

/// <summary>Average of a gap-free series, rounded to two decimals.</summary>
public sealed class MeanQuestion : QuestionMaker<ChartFacts>
{
    protected override bool Fits(ChartFacts facts) => !facts.IsScatter && facts.CompleteSeries.Count > 0;

    protected override ChartQuestion? Make(ChartFacts facts, SeededRandom random)
    {
        var s = random.Pick(facts.CompleteSeries);
        var values = facts.Complete(s)!;
        var sum = values.Sum();
        var mean = sum / values.Length;
        var multi = facts.SeriesCount > 1;
        var question = facts.Bank.Phrase(multi ? "mean-series" : "mean", random, facts.Slots(("{s}", facts.Spec.Series[s].Name)));
        var answer = QaNumber.Rounded(mean);
        var owner = multi ? $" of {facts.Spec.Series[s].Name}" : string.Empty;
        var explanation = $"Add the {values.Length} labelled values{owner}: {string.Join(" + ", values.Select(QaNumber.Value))} = {QaNumber.Value(sum)}. "
            + $"Divide by {values.Length}: {QaNumber.Value(sum)} / {values.Length} = {QaNumber.Rounded(mean, 4)}, which rounds to {answer}. So the answer is {answer}.";
        return ChartQuestions.ShortAnswer("mean", question, explanation, answer);
    }
}
