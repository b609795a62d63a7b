namespace Cosyn.Families.Documents;

/// <summary>A subject domain's document content: who issues documents, what they sell or bill, jobs, courses, sessions and metrics.</summary>
public sealed record DocumentDomain(
    string Domain,
    IReadOnlyList<string> Businesses,
    IReadOnlyList<PricedItem> Goods,
    IReadOnlyList<PricedItem> Services,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Courses,
    IReadOnlyList<string> Sessions,
    IReadOnlyList<string> Metrics);
