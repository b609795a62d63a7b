using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Tables.Qa.Makers;

/// <summary>Ranking: which row comes second by a column's value.</summary>
public sealed class SecondHighestQuestion : QuestionMaker<TableFacts>
{
    protected override ChartQuestion? Make(TableFacts facts, SeededRandom random)
    {
        var c = random.Next(facts.ColumnCount);
        var ranked = facts.Present(c).OrderByDescending(p => p.Value).ToList();
        if (ranked.Count < 4)
        {
            return null;
        }

        var answer = facts.Spec.Rows[ranked[1].Row].Name;
        var order = string.Join(", ", ranked.Take(3).Select(p => $"{facts.Spec.Rows[p.Row].Name} ({QaNumber.Value(p.Value)})"));
        var question = facts.Bank.Phrase("second-max", random, facts.Slots(facts.ColumnSlots(c)));
        var explanation = $"Sorting the {facts.Spec.Columns[c].Name} column from highest to lowest gives {order}, and so on. The second one is {answer}. So the answer is {answer}.";
        return QaQuestions.ShortAnswer("second-max", question, explanation, answer, [.. ranked.Where(p => p.Row != ranked[1].Row).Take(3).Select(p => facts.Spec.Rows[p.Row].Name)]);
    }
}
