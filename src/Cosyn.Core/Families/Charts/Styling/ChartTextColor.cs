namespace Cosyn.Families.Charts.Styling;

/// <summary>Black or white text for labels drawn on a coloured mark, by the mark colour's luma (the rule matplotlib scripts apply at run time).</summary>
public static class ChartTextColor
{
    /// <summary><c>white</c> on dark fills, <c>black</c> on light ones; <paramref name="hex"/> is <c>#rrggbb</c>.</summary>
    public static string On(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        double Channel(int at) => int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
        var luma = (0.299 * Channel(1)) + (0.587 * Channel(3)) + (0.114 * Channel(5));
        return luma < 0.55 ? "white" : "black";
    }
}
