namespace Cosyn.Families.Shared.Qa;

/// <summary>
/// Answer number format (ChartQA style): invariant culture, no thousands separators, no units, trailing zeros trimmed;
/// computed results are rounded half away from zero to the stated decimals (two unless the question says otherwise).
/// </summary>
public static class QaNumber
{
    /// <summary>A chart value as an answer: its own decimals (at most three), trailing zeros trimmed.</summary>
    public static string Value(decimal value) => Trim(value, 3);

    /// <summary>A computed result rounded to <paramref name="decimals"/> places, trailing zeros trimmed.</summary>
    public static string Rounded(decimal value, int decimals = 2) => Trim(Round(value, decimals), decimals);

    /// <summary>Rounds half away from zero, the rule every answer uses.</summary>
    public static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    /// <summary>Exact decimal of a chart value (values carry at most three decimals, so nothing is lost).</summary>
    public static decimal Exact(double value) => Math.Round((decimal)value, 6);

    private static string Trim(decimal value, int decimals)
    {
        var text = value.ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }
}
