using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Tables.Qa.Makers;

/// <summary>Yes/no: does a column's highlighted cell hold its highest value (No when the table marks lows).</summary>
public sealed class HighlightYesNoQuestion : HighlightedCellQuestion
{
    protected override ChartQuestion Ask(TableFacts facts, TableHighlight highlight, TableCellRef cell, SeededRandom random)
    {
        var c = cell.Column;
        var present = facts.Present(c);
        var value = facts.Value(cell.Row, c)!.Value;
        var max = present.Max(p => p.Value);
        var question = facts.Bank.Phrase("yn-highlight", random, facts.Slots(facts.ColumnSlots(c)));
        var explanation = $"The highlighted {facts.Spec.Columns[c].Name} cell is {QaNumber.Value(value)} ({facts.Spec.Rows[cell.Row].Name}), and the column's highest value is {QaNumber.Value(max)}.";
        return TableQuestions.YesNo("yn-highlight", question, explanation, value == max);
    }
}
