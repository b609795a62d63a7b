namespace Cosyn.Synthesis.Procedural.Charts;

/// <summary>The x measure of a scatter template, as written in a domain template file.</summary>
public sealed class ChartTemplateMeasure
{
    public string Measure { get; init; } = string.Empty;

    public string Unit { get; init; } = string.Empty;

    /// <summary>Realistic [min, max] of the values.</summary>
    public IReadOnlyList<double> Range { get; init; } = [0, 100];

    public int Decimals { get; init; }
}
