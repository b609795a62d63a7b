using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Tables.Qa.Makers;

/// <summary>The mean of a column over the rows that report it, rounded to two decimals.</summary>
public sealed class ColumnMeanQuestion : QuestionMaker<TableFacts>
{
    protected override ChartQuestion? Make(TableFacts facts, SeededRandom random)
    {
        var (c, present) = facts.PickColumn(random);
        var sum = present.Sum(p => p.Value);
        var mean = sum / present.Count;
        var answer = QaNumber.Rounded(mean);
        var question = facts.Bank.Phrase("col-mean", random, facts.Slots(facts.ColumnSlots(c)));
        var over = present.Count < facts.RowCount ? $"the {present.Count} reported values" : $"all {present.Count} values";
        var explanation = $"Add {over} of the {facts.Spec.Columns[c].Name} column: {TableFacts.Sum(present.Select(p => p.Value))} = {QaNumber.Value(sum)}. "
            + $"Divide by {present.Count}: {QaNumber.Value(sum)} / {present.Count} = {QaNumber.Rounded(mean, 4)}, which rounds to {answer}. So the answer is {answer}.";
        return QaQuestions.ShortAnswer("col-mean", question, explanation, answer, [QaNumber.Rounded(sum / (present.Count + 1)), QaNumber.Rounded(present.Max(p => p.Value) - mean), QaNumber.Rounded(mean * 1.1m)]);
    }
}
