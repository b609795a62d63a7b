namespace Cosyn.Families.Documents;

/// <summary>Something with a plausible price (or amount) range.</summary>
public sealed record PricedItem(string Name, decimal Low, decimal High);
