namespace Cosyn.Families.Charts.Writers.Matplotlib;

/// <summary>Draws a random <see cref="MatplotlibTheme"/>; every style sheet listed exists in matplotlib 3.6.</summary>
public static class MatplotlibThemes
{
    /// <summary>Style sheets verified against <c>plt.style.available</c> on matplotlib 3.6.</summary>
    public static IReadOnlyList<string> StyleSheets { get; } =
    [
        "default", "ggplot", "bmh", "fivethirtyeight", "seaborn-v0_8-whitegrid", "seaborn-v0_8-darkgrid",
        "seaborn-v0_8-white", "seaborn-v0_8-ticks", "Solarize_Light2", "tableau-colorblind10", "seaborn-v0_8-muted",
        "seaborn-v0_8-pastel", "grayscale", "dark_background",
    ];

    /// <summary>Legend placements that keep the legend off the data and its value labels.</summary>
    public static IReadOnlyList<string> LegendPlacements { get; } = ["right", "top", "best"];

    private static readonly string[] Markers = ["o", "s", "D", "^", "v"];

    private static readonly string[] EdgeColors = ["white", "black", "none"];

    public static MatplotlibTheme Pick(SeededRandom random, bool wide)
    {
        ArgumentNullException.ThrowIfNull(random);
        var font = random.Next(9, 12);
        return new MatplotlibTheme(
            StyleSheet: random.Pick(StyleSheets),
            Palette: random.Pick(MatplotlibPalette.All),
            Width: wide ? random.Pick([9.0, 9.5, 10.0, 10.5, 11.0]) : random.Pick([7.5, 8.0, 8.5, 9.0]),
            Height: random.Pick([5.5, 6.0, 6.5]),
            FontSize: font,
            TitleSize: font + random.Next(3, 6),
            TitleBold: random.Chance(0.6),
            TitleLoc: random.Chance(0.75) ? "center" : "left",
            LabelSize: Math.Max(8, font - random.Next(0, 2)),
            Grid: random.Chance(0.6),
            HideSpines: random.Chance(0.6),
            BarWidth: random.Pick([0.6, 0.65, 0.7, 0.75, 0.8]),
            EdgeColor: random.Pick(EdgeColors),
            Marker: random.Pick(Markers),
            LineWidth: random.Pick([1.8, 2.0, 2.2, 2.5]),
            LegendPlacement: random.Pick(LegendPlacements),
            PieLegend: random.Chance(0.4),
            TrendLine: random.Chance(0.5));
    }
}
