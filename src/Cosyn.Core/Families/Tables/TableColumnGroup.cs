namespace Cosyn.Families.Tables;

/// <summary>A header group spanning consecutive columns (<see cref="Start"/> and <see cref="Count"/> index <see cref="TableSpec.Columns"/>).</summary>
public sealed record TableColumnGroup(string Name, int Start, int Count);
