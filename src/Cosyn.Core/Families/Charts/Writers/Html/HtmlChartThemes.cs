using Cosyn.Families.Charts.Styling;

namespace Cosyn.Families.Charts.Writers.Html;

/// <summary>Draws a random <see cref="HtmlChartTheme"/>; every first font family in a stack is installed on Debian.</summary>
public static class HtmlChartThemes
{
    /// <summary>Font stacks led by families that exist on the render machine, with generic fallbacks.</summary>
    public static IReadOnlyList<string> FontStacks { get; } =
    [
        "'DejaVu Sans', Verdana, sans-serif",
        "'Liberation Sans', Arial, Helvetica, sans-serif",
        "'Liberation Serif', 'Times New Roman', serif",
        "Lato, 'Helvetica Neue', Arial, sans-serif",
        "'DejaVu Serif', Georgia, serif",
        "'Nimbus Sans', Helvetica, sans-serif",
        "system-ui, 'DejaVu Sans', sans-serif",
    ];

    public static HtmlChartTheme Pick(SeededRandom random, bool wide)
    {
        ArgumentNullException.ThrowIfNull(random);
        var font = random.Next(12, 15);
        return new HtmlChartTheme(
            FontStack: random.Pick(FontStacks),
            Palette: random.Pick(ChartPalettes.UpperHex),
            Surface: random.Pick(HtmlSurface.All),
            Width: wide ? random.Pick([860, 900, 960]) : random.Pick([700, 760, 820]),
            Height: random.Pick([380, 420, 460]),
            FontSize: font,
            TitleSize: font + random.Next(6, 11),
            TitleAlign: random.Chance(0.7) ? "center" : "left",
            Grid: random.Chance(0.65),
            BarWidth: random.Pick([0.55, 0.6, 0.65, 0.7, 0.75]),
            BarRadius: random.Pick([0, 0, 2, 4]),
            LegendOnTop: random.Chance(0.6),
            PieLegend: random.Chance(0.4));
    }
}
