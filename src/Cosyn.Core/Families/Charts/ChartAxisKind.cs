namespace Cosyn.Families.Charts;

/// <summary>What the chart's first (category) column holds.</summary>
public enum ChartAxisKind
{
    /// <summary>Unordered named categories (species, segments, regions).</summary>
    Category,

    /// <summary>Ordered time periods (months, quarters, years): trends and changes make sense.</summary>
    Time,

    /// <summary>Labelled points with a numeric x measure (scatter).</summary>
    Numeric,
}
