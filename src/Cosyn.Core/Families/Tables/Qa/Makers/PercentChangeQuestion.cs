using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Tables.Qa.Makers;

/// <summary>Cross tables over periods: percentage change of one row between two columns, rounded to one decimal.</summary>
public sealed class PercentChangeQuestion : QuestionMaker<TableFacts>
{
    protected override ChartQuestion? Make(TableFacts facts, SeededRandom random)
    {
        if (!facts.Spec.IsCross || !facts.Spec.Time || facts.ColumnCount < 2)
        {
            return null;
        }

        var r = random.Next(facts.RowCount);
        var present = Enumerable.Range(0, facts.ColumnCount).Where(c => facts.Value(r, c) is not null).ToList();
        if (present.Count < 2)
        {
            return null;
        }

        var (a, b) = random.Chance(0.6) ? (present[0], present[^1]) : Ordered(random.Sample(present, 2));
        var (va, vb) = (facts.Value(r, a)!.Value, facts.Value(r, b)!.Value);
        if (va <= 0)
        {
            return null;
        }

        var change = (vb - va) / va * 100;
        var answer = QaNumber.Rounded(change, 1);
        var (ca, cb) = (facts.Spec.Columns[a].Name, facts.Spec.Columns[b].Name);
        var row = facts.Spec.Rows[r].Name;
        var question = facts.Bank.Phrase("pct-change", random, facts.Slots(("{row}", row), ("{c1}", ca), ("{c2}", cb)));
        var explanation = $"The row for {row} shows {QaNumber.Value(va)} in {ca} and {QaNumber.Value(vb)} in {cb}. "
            + $"Percentage change = ({QaNumber.Value(vb)} - {QaNumber.Value(va)}) / {QaNumber.Value(va)} × 100 = {QaNumber.Value(vb - va)} / {QaNumber.Value(va)} × 100 = {QaNumber.Rounded(change, 3)}%, "
            + $"which rounds to {answer}%. So the answer is {answer}.";
        return QaQuestions.ShortAnswer("pct-change", question, explanation, answer, [QaNumber.Rounded(-change, 1), QaNumber.Rounded((vb - va) / vb * 100, 1), QaNumber.Rounded(change / 10, 1)]);
    }

    private static (int, int) Ordered(List<int> two) => two[0] < two[1] ? (two[0], two[1]) : (two[1], two[0]);
}
