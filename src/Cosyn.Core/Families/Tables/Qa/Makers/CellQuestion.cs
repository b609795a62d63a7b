using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Tables.Qa.Makers;

/// <summary>Cell lookup: the value at one row and column.</summary>
public sealed class CellQuestion : QuestionMaker<TableFacts>
{
    /// <summary>A lookup question for <paramref name="row"/> and <paramref name="column"/> (names, which need not be in the table).</summary>
    public static string Phrase(TableFacts facts, SeededRandom random, string row, string column)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var kind = facts.Spec.IsCross ? "cell-cross" : "cell-attr";
        return facts.Bank.Phrase(kind, random, facts.Slots(("{row}", row), ("{col}", column)));
    }

    protected override ChartQuestion? Make(TableFacts facts, SeededRandom random)
    {
        var (c, present) = facts.PickColumn(random);
        var (r, value) = random.Pick(present);
        var answer = QaNumber.Value(value);
        var question = Phrase(facts, random, facts.Spec.Rows[r].Name, facts.Spec.Columns[c].Name);
        var explanation = $"Find the row for {facts.Spec.Rows[r].Name} and the {facts.Spec.Columns[c].Name} column: the cell shows {answer}{facts.Unit(c)}. So the answer is {answer}.";
        var distractors = present.Where(p => p.Row != r).Select(p => QaNumber.Value(p.Value))
            .Concat(Enumerable.Range(0, facts.ColumnCount).Where(o => o != c && facts.Spec.IsCross).Select(o => facts.Value(r, o)).OfType<decimal>().Select(QaNumber.Value));
        return QaQuestions.ShortAnswer("cell", question, explanation, answer, random.Sample(distractors.Distinct().ToList(), 3));
    }
}
