namespace Cosyn.Families.Charts;

/// <summary>Hex colour palettes for chart pipelines that spell colours out (LaTeX, HTML), and the contrast rule for labels on them.</summary>
public static class ChartColors
{
    /// <summary>Qualitative palettes of seven colours each (tab10, Tableau, ColorBrewer, and a few designer sets).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Palettes { get; } =
    [
        ["#1F77B4", "#FF7F0E", "#2CA02C", "#D62728", "#9467BD", "#8C564B", "#E377C2"],
        ["#264653", "#2A9D8F", "#E9C46A", "#F4A261", "#E76F51", "#8AB17D", "#6D597A"],
        ["#003F5C", "#58508D", "#BC5090", "#FF6361", "#FFA600", "#7A5195", "#EF5675"],
        ["#4C72B0", "#DD8452", "#55A868", "#C44E52", "#8172B3", "#937860", "#DA8BC3"],
        ["#0B3954", "#087E8B", "#BFD7EA", "#FF5A5F", "#C81D25", "#5C946E", "#F2A541"],
        ["#66C2A5", "#FC8D62", "#8DA0CB", "#E78AC3", "#A6D854", "#FFD92F", "#E5C494"],
        ["#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F", "#EDC948", "#B07AA1"],
        ["#1B9E77", "#D95F02", "#7570B3", "#E7298A", "#66A61E", "#E6AB02", "#A6761D"],
        ["#3366CC", "#DC3912", "#FF9900", "#109618", "#990099", "#0099C6", "#DD4477"],
        ["#355070", "#6D597A", "#B56576", "#E56B6F", "#EAAC8B", "#88A096", "#2E8B57"],
    ];

    /// <summary>Relative luminance (ITU-R BT.601 weights) of a <c>#RRGGBB</c> colour, 0 (black) to 1 (white).</summary>
    public static double Luminance(string hex)
    {
        var (r, g, b) = Channels(hex);
        return ((0.299 * r) + (0.587 * g) + (0.114 * b)) / 255.0;
    }

    /// <summary>Whether text drawn on <paramref name="hex"/> should be white rather than black to stay readable.</summary>
    public static bool NeedsLightText(string hex) => Luminance(hex) < 0.55;

    /// <summary><paramref name="hex"/> mixed with white by <paramref name="amount"/> (0 keeps it, 1 is white).</summary>
    public static string Tint(string hex, double amount)
    {
        var (r, g, b) = Channels(hex);
        int Mix(int c) => (int)Math.Round(c + ((255 - c) * amount));
        return string.Create(CultureInfo.InvariantCulture, $"#{Mix(r):X2}{Mix(g):X2}{Mix(b):X2}");
    }

    private static (int R, int G, int B) Channels(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        var digits = hex.TrimStart('#');
        int Channel(int at) => int.Parse(digits.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return (Channel(0), Channel(2), Channel(4));
    }
}
