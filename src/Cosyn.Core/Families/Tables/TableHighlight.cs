namespace Cosyn.Families.Tables;

/// <summary>Highlighted cells and the rule that picked them (the table's caption or legend states the rule).</summary>
/// <param name="Highest">True when each column's highest value is marked, false for the lowest.</param>
/// <param name="Cells">The marked cells, one per column.</param>
public sealed record TableHighlight(bool Highest, IReadOnlyList<TableCellRef> Cells)
{
    /// <summary>The rule as shown to readers, e.g. "highest value in each column".</summary>
    public string Rule => Highest ? "highest value in each column" : "lowest value in each column";

    public bool IsHighlighted(int row, int column) => Cells.Contains(new TableCellRef(row, column));
}
