using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Tables.Qa.Makers;

/// <summary>Cross tables with an additive measure: the total of one row across the columns shown.</summary>
public sealed class RowSumQuestion : QuestionMaker<TableFacts>
{
    protected override ChartQuestion? Make(TableFacts facts, SeededRandom random)
    {
        if (!facts.Spec.IsCross || facts.AdditiveColumns.Count != facts.ColumnCount)
        {
            return null;
        }

        var r = random.Next(facts.RowCount);
        var values = facts.Spec.Rows[r].Cells.OfType<decimal>().ToList();
        var sum = values.Sum();
        var answer = QaNumber.Value(sum);
        var row = facts.Spec.Rows[r].Name;
        var question = facts.Bank.Phrase("row-sum", random, facts.Slots(("{row}", row)));
        var skipped = values.Count < facts.ColumnCount ? " The dash marks an unreported cell, which adds nothing." : string.Empty;
        var explanation = $"Add the values across the row for {row}: {TableFacts.Sum(values)} = {answer}.{skipped} So the answer is {answer}.";
        return QaQuestions.ShortAnswer("row-sum", question, explanation, answer, [QaNumber.Value(sum + values.Min()), QaNumber.Value(sum - values[^1]), QaNumber.Value(sum - values[0])]);
    }
}
