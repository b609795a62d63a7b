namespace Cosyn.Families.Documents;

/// <summary>
/// A column of a document table. <paramref name="Additive"/>: summing it down the rows means something (amounts, counts).
/// <paramref name="Comparable"/>: rows can be ranked by it (same unit in every row), so highest/lowest questions make sense.
/// </summary>
public sealed record DocumentColumn(string Name, DocumentValueKind Kind, int Decimals = 0, bool Additive = false, bool Comparable = false);
