namespace Cosyn.Families.Charts;

/// <summary>An extra measure of a template (scatter x, bubble size, dual-axis second measure), as written in a domain template file.</summary>
public sealed class ChartTemplateMeasure
{
    public string Measure { get; init; } = string.Empty;

    public string Unit { get; init; } = string.Empty;

    /// <summary>Realistic [min, max] of the values.</summary>
    public IReadOnlyList<double> Range { get; init; } = [0, 100];

    public int Decimals { get; init; }

    /// <summary>Dual-axis second measure: its value shape over the axis.</summary>
    public string Pattern { get; init; } = ChartPatterns.Random;

    /// <summary>Dual-axis second measure: title patterns naming both measures.</summary>
    public IReadOnlyList<string> Titles { get; init; } = [];
}
