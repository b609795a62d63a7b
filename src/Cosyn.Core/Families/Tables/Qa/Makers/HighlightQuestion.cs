using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Tables.Qa.Makers;

/// <summary>Highlighted cells: which row is highlighted in a column, or the highlighted value.</summary>
public sealed class HighlightQuestion : HighlightedCellQuestion
{
    protected override ChartQuestion Ask(TableFacts facts, TableHighlight highlight, TableCellRef cell, SeededRandom random)
    {
        var c = cell.Column;
        var row = facts.Spec.Rows[cell.Row].Name;
        var value = QaNumber.Value(facts.Value(cell.Row, c)!.Value);
        var where = $"In the {facts.Spec.Columns[c].Name} column the highlighted cell is in the row for {row} and holds {value}, the column's {(highlight.Highest ? "highest" : "lowest")} value.";
        if (random.Chance(0.5))
        {
            var question = facts.Bank.Phrase("highlight-row", random, facts.Slots(facts.ColumnSlots(c)));
            var others = facts.Present(c).Where(p => p.Row != cell.Row).Select(p => facts.Spec.Rows[p.Row].Name).ToList();
            return QaQuestions.ShortAnswer("highlight-row", question, $"{where} So the answer is {row}.", row, random.Sample(others, 3));
        }

        var ask = facts.Bank.Phrase("highlight-value", random, facts.Slots(facts.ColumnSlots(c)));
        var wrong = facts.Present(c).Where(p => p.Row != cell.Row).Select(p => QaNumber.Value(p.Value)).ToList();
        return QaQuestions.ShortAnswer("highlight-value", ask, $"{where} So the answer is {value}.", value, random.Sample(wrong, 3));
    }
}
