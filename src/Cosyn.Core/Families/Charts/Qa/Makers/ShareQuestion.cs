using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Qa.Makers;

/// <summary>A category's percentage of the whole (what a pie's percentage label shows), one decimal.</summary>
public sealed class ShareQuestion : QuestionMaker<ChartFacts>
{
    protected override ChartQuestion? Make(ChartFacts facts, SeededRandom random)
    {
        if (ChartShare.Pick(facts, random) is not { } picked)
        {
            return null;
        }

        var (c, values, total, share) = picked;
        var answer = QaNumber.Rounded(share, 1);
        var name = facts.Categories[c];
        var question = facts.Bank.Phrase("share", random, facts.Slots(("{c}", name)));
        var shown = facts.IsPie ? $" The slice for {name} is labelled {answer}%, which checks out:" : string.Empty;
        var explanation = $"{ChartWords.Capitalize(facts.Read(0, c))}, and all values add up to {string.Join(" + ", values.Select(QaNumber.Value))} = {QaNumber.Value(total)}.{shown} "
            + $"{QaNumber.Value(values[c])} / {QaNumber.Value(total)} × 100 = {QaNumber.Rounded(share, 3)}%, which rounds to {answer}. So the answer is {answer}.";
        return ChartQuestions.ShortAnswer("share", question, explanation, answer);
    }
}
