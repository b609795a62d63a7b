namespace Cosyn.Families.Documents;

/// <summary>
/// A computed line under the items: <paramref name="Role"/> is one of <see cref="DocumentTotalRoles"/>;
/// <paramref name="Rate"/> is the stated percentage for discounts, taxes and tips.
/// </summary>
public sealed record DocumentTotal(string Label, string Role, decimal Amount, decimal? Rate = null);
