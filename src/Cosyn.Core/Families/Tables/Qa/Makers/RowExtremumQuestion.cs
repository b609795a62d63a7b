using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Tables.Qa.Makers;

/// <summary>Cross tables: in which column one row peaks or bottoms out.</summary>
public sealed class RowExtremumQuestion : QuestionMaker<TableFacts>
{
    protected override ChartQuestion? Make(TableFacts facts, SeededRandom random)
    {
        if (!facts.Spec.IsCross || facts.ColumnCount < 3)
        {
            return null;
        }

        var r = random.Next(facts.RowCount);
        var present = Enumerable.Range(0, facts.ColumnCount).Where(c => facts.Value(r, c) is not null).Select(c => (c, v: facts.Value(r, c)!.Value)).ToList();
        var highest = random.Chance(0.6);
        var pick = highest ? present.MaxBy(p => p.v) : present.MinBy(p => p.v);
        var answer = facts.Spec.Columns[pick.c].Name;
        var row = facts.Spec.Rows[r].Name;
        var question = facts.Bank.Phrase(highest ? "row-max" : "row-min", random, facts.Slots(("{row}", row)));
        var listing = ChartWords.List([.. present.Select(p => $"{facts.Spec.Columns[p.c].Name} {QaNumber.Value(p.v)}")]);
        var explanation = $"Read across the row for {row}: {listing}. The {(highest ? "highest" : "lowest")} is {QaNumber.Value(pick.v)}, under {answer}. So the answer is {answer}.";
        return QaQuestions.ShortAnswer(highest ? "row-max" : "row-min", question, explanation, answer, random.Sample(present.Where(p => p.c != pick.c).Select(p => facts.Spec.Columns[p.c].Name).ToList(), 3));
    }
}
