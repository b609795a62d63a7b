namespace Cosyn.Families.Charts;

/// <summary>One named series; a null value is a missing reading (drawn as a gap, only in line charts).</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values)
{
    /// <summary>Whether any value is missing.</summary>
    public bool HasMissing => Values.Any(v => v is null);
}
