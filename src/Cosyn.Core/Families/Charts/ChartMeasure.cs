namespace Cosyn.Families.Charts;

/// <summary>A measured quantity: its name, unit (may be empty) and the decimals its values carry.</summary>
public sealed record ChartMeasure(string Name, string Unit, int Decimals)
{
    /// <summary>The axis or column label, e.g. <c>Sea-surface temperature (°C)</c>.</summary>
    public string Label => Unit.Length == 0 ? Name : $"{Name} ({Unit})";

    /// <summary>The fixed-point format spec of a value, e.g. <c>.1f</c> (Python format and d3-format agree on it).</summary>
    public string FormatSpec => "." + Decimals.ToString(CultureInfo.InvariantCulture) + "f";

    /// <summary>A value as the chart and the CSV print it (fixed decimals, invariant culture).</summary>
    public string Format(double value) => value.ToString("F" + Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
