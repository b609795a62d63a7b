using Cosyn.Families.Charts.Styling;

using static Cosyn.Families.Shared.Code.PythonSyntax;

namespace Cosyn.Families.Charts.Writers.Plotly;

/// <summary>Draws a random <see cref="PlotlyTheme"/>; every template and colour sequence listed exists in plotly 5.4.</summary>
public static class PlotlyThemes
{
    /// <summary>Templates from <c>plotly.io.templates</c> that keep text dark on a light background.</summary>
    public static IReadOnlyList<string> Templates { get; } = ["plotly_white", "simple_white", "ggplot2", "seaborn", "presentation", "plotly"];

    /// <summary>Qualitative sequences in <c>px.colors.qualitative</c> whose first colours are not too pale for labels beside them.</summary>
    public static IReadOnlyList<string> PxSequences { get; } = ["Plotly", "D3", "G10", "T10", "Safe", "Vivid", "Bold", "Dark2", "Set1", "Antique", "Prism"];

    private static readonly string[] Markers = ["circle", "square", "diamond", "triangle-up", "circle-open"];

    public static PlotlyTheme Pick(SeededRandom random, bool wide)
    {
        ArgumentNullException.ThrowIfNull(random);
        var px = random.Chance(0.6);
        var font = random.Next(12, 16);
        return new PlotlyTheme(
            Template: random.Pick(Templates),
            Colors: px ? "px.colors.qualitative." + random.Pick(PxSequences) : StrList(random.Pick(ChartPalettes.Hex)),
            UsesPxColors: px,
            FontFamily: random.Pick(ChartFonts.Web),
            FontSize: font,
            TitleSize: font + random.Next(5, 10),
            TitleBold: random.Chance(0.5),
            TitleLeft: random.Chance(0.3),
            LabelSize: Math.Max(12, font - random.Next(0, 2)),
            Width: wide ? random.Pick([1050, 1100, 1150, 1200]) : random.Pick([900, 950, 1000, 1050]),
            Height: random.Pick([500, 550, 600, 650, 700]),
            LegendOnTop: random.Chance(0.5),
            Grid: random.Chance(0.7),
            BarGap: random.Pick([0.15, 0.2, 0.25, 0.3, 0.35]),
            Marker: random.Pick(Markers),
            LineWidth: random.Pick([2.0, 2.5, 3.0, 3.5]),
            Express: random.Chance(0.4),
            PieLegend: random.Chance(0.45),
            Hole: random.Pick([0.4, 0.45, 0.5, 0.55]));
    }
}
