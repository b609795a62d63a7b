using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Tables.Qa.Makers;

/// <summary>Reading the totals row, with the addition that confirms it.</summary>
public sealed class TotalsRowQuestion : TotalsQuestion
{
    protected override ChartQuestion? Ask(TableFacts facts, IReadOnlyList<decimal?> totals, SeededRandom random)
    {
        var columns = Enumerable.Range(0, facts.ColumnCount).Where(c => totals[c] is not null).ToList();
        var c = random.Pick(columns);
        var answer = QaNumber.Value(totals[c]!.Value);
        var question = facts.Bank.Phrase("totals-read", random, facts.Slots(facts.ColumnSlots(c)));
        var explanation = $"The {facts.Spec.TotalsLabel} row shows {answer} in the {facts.Spec.Columns[c].Name} column, which matches the sum of the rows: {TableFacts.Sum(facts.Present(c).Select(p => p.Value))} = {answer}. So the answer is {answer}.";
        var wrong = columns.Where(o => o != c).Select(o => QaNumber.Value(totals[o]!.Value)).Concat(facts.Present(c).Select(p => QaNumber.Value(p.Value))).ToList();
        return QaQuestions.ShortAnswer("totals-read", question, explanation, answer, random.Sample(wrong, 3));
    }
}
