namespace Cosyn.Families.Tables;

/// <summary>One column of an attribute table template (a measure with its own unit and magnitude).</summary>
public sealed class TableTemplateMeasure
{
    public string Name { get; init; } = string.Empty;

    public string Unit { get; init; } = string.Empty;

    /// <summary>Realistic [min, max]; a negative min allows negative values.</summary>
    public IReadOnlyList<double> Range { get; init; } = [0, 100];

    public int Decimals { get; init; }

    /// <summary>Whether values add up meaningfully (counts, money), so totals and sums may be asked.</summary>
    public bool Additive { get; init; }

    /// <summary>Header group the column sits under, when the template groups its columns.</summary>
    public string? Group { get; init; }
}
