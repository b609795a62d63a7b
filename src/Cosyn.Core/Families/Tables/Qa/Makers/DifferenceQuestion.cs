using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Tables.Qa.Makers;

/// <summary>The difference between two rows in one column (absolute, or "how much higher" when the first is larger).</summary>
public sealed class DifferenceQuestion : QuestionMaker<TableFacts>
{
    protected override ChartQuestion? Make(TableFacts facts, SeededRandom random)
    {
        var (c, present) = facts.PickColumn(random);
        if (present.Count < 2)
        {
            return null;
        }

        var two = random.Sample(present, 2);
        var exceed = random.Chance(0.5);
        if (exceed && two[0].Value < two[1].Value)
        {
            two.Reverse();
        }

        var (a, b) = (two[0], two[1]);
        var diff = Math.Abs(a.Value - b.Value);
        var answer = QaNumber.Value(diff);
        var (na, nb) = (facts.Spec.Rows[a.Row].Name, facts.Spec.Rows[b.Row].Name);
        var question = facts.Bank.Phrase(exceed ? "exceed" : "difference", random, facts.Slots(facts.ColumnSlots(c, ("{a}", na), ("{b}", nb))));
        var (hi, lo) = a.Value >= b.Value ? (a.Value, b.Value) : (b.Value, a.Value);
        var explanation = $"In the {facts.Spec.Columns[c].Name} column, {na} has {QaNumber.Value(a.Value)} and {nb} has {QaNumber.Value(b.Value)}. "
            + $"{QaNumber.Value(hi)} - {QaNumber.Value(lo)} = {answer}. So the answer is {answer}.";
        return QaQuestions.ShortAnswer(exceed ? "exceed" : "difference", question, explanation, answer, [QaNumber.Value(a.Value + b.Value), QaNumber.Value(diff * 2), QaNumber.Value(hi)]);
    }
}
