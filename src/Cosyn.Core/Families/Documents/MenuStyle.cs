namespace Cosyn.Families.Documents;

/// <summary>A kind of eatery and its menu sections with price ranges.</summary>
public sealed record MenuStyle(string Style, IReadOnlyList<(string Section, IReadOnlyList<PricedItem> Items)> Sections);
