using Cosyn.Families.Charts.Styling;

namespace Cosyn.Families.Charts.Writers.VegaLite;

/// <summary>Draws a random <see cref="VegaLiteTheme"/>; every scheme and shape listed exists in Vega 6.</summary>
public static class VegaLiteThemes
{
    /// <summary>Categorical Vega schemes dark enough for labels drawn in the series colour.</summary>
    public static IReadOnlyList<string> Schemes { get; } = ["tableau10", "category10", "set1", "dark2", "observable10", "set2", "accent"];

    private static readonly string[] Backgrounds = ["white", "white", "#fcfcfc", "#f9f7f3", "#f7f9fc"];

    private static readonly string[] Shapes = ["circle", "square", "diamond", "triangle-up"];

    public static VegaLiteTheme Pick(SeededRandom random, bool wide)
    {
        ArgumentNullException.ThrowIfNull(random);
        var label = random.Next(11, 14);
        return new VegaLiteTheme(
            Font: random.Pick(ChartFonts.Web),
            LabelSize: label,
            AxisTitleSize: label + random.Next(0, 3),
            TitleSize: label + random.Next(5, 9),
            TitleBold: random.Chance(0.7),
            TitleAnchor: random.Chance(0.6) ? "middle" : "start",
            ValueSize: Math.Max(11, label - random.Next(0, 2)),
            Background: random.Pick(Backgrounds),
            ViewStroke: random.Chance(0.5) ? null : random.Pick(["#dddddd", "#cccccc"]),
            Grid: random.Chance(0.65),
            Colors: random.Pick(ChartPalettes.Hex),
            Scheme: random.Chance(0.5) ? random.Pick(Schemes) : null,
            Width: wide ? random.Pick([640, 680, 720, 760]) : random.Pick([480, 520, 560, 600]),
            Height: random.Pick([300, 330, 360, 400]),
            LegendOrient: random.Pick(["right", "top", "bottom"]),
            Shape: random.Pick(Shapes),
            StrokeWidth: random.Pick([2.0, 2.5, 3.0]),
            CornerRadius: random.Pick([0, 0, 2, 3]),
            InnerRadiusShare: random.Pick([0.45, 0.5, 0.55]));
    }
}
