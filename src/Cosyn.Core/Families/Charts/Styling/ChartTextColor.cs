namespace Cosyn.Families.Charts.Styling;

/// <summary>The contrast rule for labels drawn on a coloured mark: the mark colour's luma (the rule matplotlib scripts apply at run time).</summary>
public static class ChartTextColor
{
    /// <summary>Relative luminance (ITU-R BT.601 weights) of a <c>#rrggbb</c> colour, 0 (black) to 1 (white).</summary>
    public static double Luminance(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        var digits = hex.TrimStart('#');
        double Channel(int at) => int.Parse(digits.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return ((0.299 * Channel(0)) + (0.587 * Channel(2)) + (0.114 * Channel(4))) / 255.0;
    }

    /// <summary>Whether text drawn on <paramref name="hex"/> should be white rather than black to stay readable.</summary>
    public static bool NeedsLightText(string hex) => Luminance(hex) < 0.55;

    /// <summary><c>white</c> on dark fills, <c>black</c> on light ones.</summary>
    public static string On(string hex) => NeedsLightText(hex) ? "white" : "black";
}
