using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Tables.Qa.Makers;

/// <summary>Yes/no: is the totals row consistent with the rows above it (checked by adding them up).</summary>
public sealed class TotalsYesNoQuestion : TotalsQuestion
{
    protected override ChartQuestion? Ask(TableFacts facts, IReadOnlyList<decimal?> totals, SeededRandom random)
    {
        var c = random.Pick(Enumerable.Range(0, facts.ColumnCount).Where(o => totals[o] is not null).ToList());
        var values = facts.Present(c).Select(p => p.Value).ToList();
        var sum = values.Sum();
        var question = facts.Bank.Phrase("yn-totals", random, facts.Slots(facts.ColumnSlots(c)));
        var explanation = $"Adding the {facts.Spec.Columns[c].Name} column gives {TableFacts.Sum(values)} = {QaNumber.Value(sum)}, and the {facts.Spec.TotalsLabel} row shows {QaNumber.Value(totals[c]!.Value)}.";
        return TableQuestions.YesNo("yn-totals", question, explanation, sum == totals[c]);
    }
}
