using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Tables.Qa.Makers;

/// <summary>The sum of an additive column over the body rows (unreported cells count as nothing).</summary>
public sealed class ColumnSumQuestion : QuestionMaker<TableFacts>
{
    protected override ChartQuestion? Make(TableFacts facts, SeededRandom random)
    {
        if (facts.AdditiveColumns.Count == 0)
        {
            return null;
        }

        var c = random.Pick(facts.AdditiveColumns);
        var present = facts.Present(c);
        var sum = present.Sum(p => p.Value);
        var answer = QaNumber.Value(sum);
        var question = facts.Bank.Phrase("col-sum", random, facts.Slots(facts.ColumnSlots(c)));
        var skipped = present.Count < facts.RowCount ? " Cells shown as a dash are not reported and add nothing." : string.Empty;
        var explanation = $"Add the {facts.Spec.Columns[c].Name} column: {TableFacts.Sum(present.Select(p => p.Value))} = {answer}.{skipped} So the answer is {answer}.";
        var step = present.Min(p => p.Value);
        return QaQuestions.ShortAnswer("col-sum", question, explanation, answer, [QaNumber.Value(sum + step), QaNumber.Value(sum - step), QaNumber.Value(sum - present.Max(p => p.Value))]);
    }
}
