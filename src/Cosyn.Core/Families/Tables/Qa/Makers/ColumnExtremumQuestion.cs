using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Tables.Qa.Makers;

/// <summary>Which row has the highest or lowest value in a column.</summary>
public sealed class ColumnExtremumQuestion : QuestionMaker<TableFacts>
{
    protected override ChartQuestion? Make(TableFacts facts, SeededRandom random)
    {
        var (c, present) = facts.PickColumn(random);
        if (present.Count < 3)
        {
            return null;
        }

        var highest = random.Chance(0.6);
        var pick = highest ? present.MaxBy(p => p.Value) : present.MinBy(p => p.Value);
        var answer = facts.Spec.Rows[pick.Row].Name;
        var question = facts.Bank.Phrase(highest ? "col-max" : "col-min", random, facts.Slots(facts.ColumnSlots(c)));
        var explanation = $"Compare the {facts.Spec.Columns[c].Name} column: {Listing(facts, c)}. The {(highest ? "highest" : "lowest")} value is {QaNumber.Value(pick.Value)}, for {answer}. So the answer is {answer}.";
        var others = present.Where(p => p.Row != pick.Row).Select(p => facts.Spec.Rows[p.Row].Name).ToList();
        return QaQuestions.ShortAnswer(highest ? "col-max" : "col-min", question, explanation, answer, random.Sample(others, 3));
    }

    /// <summary>"A 12, B 30 and C 7 (D is not reported)": a column's values by row.</summary>
    public static string Listing(TableFacts facts, int column)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var shown = facts.Present(column).Select(p => $"{facts.Spec.Rows[p.Row].Name} {QaNumber.Value(p.Value)}").ToList();
        var missing = Enumerable.Range(0, facts.RowCount).Where(r => facts.Value(r, column) is null).Select(r => facts.Spec.Rows[r].Name).ToList();
        return ChartWords.List(shown) + (missing.Count > 0 ? $" ({ChartWords.List(missing)} not reported)" : string.Empty);
    }
}
