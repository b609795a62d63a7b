using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Tables.Qa.Makers;

/// <summary>Yes/no: is one row's value in a column higher than another's.</summary>
public sealed class CompareYesNoQuestion : QuestionMaker<TableFacts>
{
    protected override ChartQuestion? Make(TableFacts facts, SeededRandom random)
    {
        var (c, present) = facts.PickColumn(random);
        if (present.Count < 2)
        {
            return null;
        }

        var two = random.Sample(present, 2);
        var (a, b) = (two[0], two[1]);
        var (na, nb) = (facts.Spec.Rows[a.Row].Name, facts.Spec.Rows[b.Row].Name);
        var question = facts.Bank.Phrase("yn-compare", random, facts.Slots(facts.ColumnSlots(c, ("{a}", na), ("{b}", nb))));
        var yes = a.Value > b.Value;
        var explanation = $"In the {facts.Spec.Columns[c].Name} column, {na} has {QaNumber.Value(a.Value)} and {nb} has {QaNumber.Value(b.Value)}; {QaNumber.Value(a.Value)} is {(yes ? "greater" : "less")} than {QaNumber.Value(b.Value)}.";
        return TableQuestions.YesNo("yn-compare", question, explanation, yes);
    }
}
