namespace Cosyn.Tests.Families.Charts.Checking;

/// <summary>One numeric CSV column: header name without the unit, the unit, and the cells (null = empty).</summary>
internal sealed record CheckerColumn(string Name, string Unit, List<decimal?> Values)
{
    public List<decimal> Present => [.. Values.OfType<decimal>()];

    public bool HasGaps => Values.Any(v => v is null);
}
