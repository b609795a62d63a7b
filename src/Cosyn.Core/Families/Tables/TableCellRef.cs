namespace Cosyn.Families.Tables;

/// <summary>A body cell by row and column index.</summary>
public readonly record struct TableCellRef(int Row, int Column);
