using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Tables.Qa.Makers;

/// <summary>Counting: how many body rows the table lists (the totals row is not one of them).</summary>
public sealed class CountRowsQuestion : QuestionMaker<TableFacts>
{
    protected override ChartQuestion? Make(TableFacts facts, SeededRandom random)
    {
        var answer = facts.RowCount.ToString(CultureInfo.InvariantCulture);
        var question = facts.Bank.Phrase("count-rows", random, facts.Slots());
        var totals = facts.Spec.Totals is null ? string.Empty : $", not counting the {facts.Spec.TotalsLabel} row";
        var explanation = $"The table lists {ChartWords.List([.. facts.Spec.Rows.Select(r => r.Name)])}{totals}. That is {answer} {facts.RowNouns}. So the answer is {answer}.";
        return QaQuestions.ShortAnswer("count-rows", question, explanation, answer,
            [.. new[] { facts.RowCount - 1, facts.RowCount + 1, facts.RowCount + 2 }.Select(n => n.ToString(CultureInfo.InvariantCulture))]);
    }
}
