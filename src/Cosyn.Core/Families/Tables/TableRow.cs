namespace Cosyn.Families.Tables;

/// <summary>One body row: its group (null when rows are not grouped), name, and one cell per column (null = not reported).</summary>
public sealed record TableRow(string? Group, string Name, IReadOnlyList<decimal?> Cells);
