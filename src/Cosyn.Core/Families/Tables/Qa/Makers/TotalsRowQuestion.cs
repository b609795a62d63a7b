using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Tables.Qa.Makers;

/// <summary>Reading the totals row, with the addition that confirms it.</summary>
public sealed class TotalsRowQuestion : QuestionMaker<TableFacts>
{
    protected override ChartQuestion? Make(TableFacts facts, SeededRandom random)
    {
        if (facts.Spec.Totals is not { } totals)
        {
            return null;
        }

        var columns = Enumerable.Range(0, facts.ColumnCount).Where(c => totals[c] is not null).ToList();
        var c = random.Pick(columns);
        var answer = QaNumber.Value(totals[c]!.Value);
        var question = facts.Bank.Phrase("totals-read", random, facts.Slots(facts.ColumnSlots(c)));
        var explanation = $"The {facts.Spec.TotalsLabel} row shows {answer} in the {facts.Spec.Columns[c].Name} column, which matches the sum of the rows: {TableFacts.Sum(facts.Present(c).Select(p => p.Value))} = {answer}. So the answer is {answer}.";
        var wrong = columns.Where(o => o != c).Select(o => QaNumber.Value(totals[o]!.Value)).Concat(facts.Present(c).Select(p => QaNumber.Value(p.Value))).ToList();
        return TableQuestions.ShortAnswer("totals-read", question, explanation, answer, random.Sample(wrong, 3));
    }
}
