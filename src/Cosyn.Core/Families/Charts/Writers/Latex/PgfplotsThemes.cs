using Cosyn.Families.Charts.Styling;

namespace Cosyn.Families.Charts.Writers.Latex;

/// <summary>Draws a random <see cref="PgfplotsTheme"/>; every font package is one texlive ships with pdflatex.</summary>
public static class PgfplotsThemes
{
    /// <summary>Font set-ups over Latin Modern (always loaded): itself, its sans, Helvetica, Times, Palatino, Charter, Avant Garde.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Fonts { get; } =
    [
        [],
        [@"\renewcommand{\familydefault}{\sfdefault}"],
        [@"\usepackage{helvet}", @"\renewcommand{\familydefault}{\sfdefault}"],
        [@"\usepackage{mathptmx}"],
        [@"\usepackage{mathpazo}"],
        [@"\usepackage{charter}"],
        [@"\usepackage{avant}", @"\renewcommand{\familydefault}{\sfdefault}"],
    ];

    private static readonly string[] TitleFonts = [@"\bfseries\large", @"\large", @"\bfseries", @"\sffamily\bfseries\large", @"\Large"];

    private static readonly string[] LabelFonts = [@"\footnotesize", @"\scriptsize", @"\small"];

    private static readonly string[] GridStyles = ["dashed, gray!30", "dotted, gray!50", "gray!20", "densely dotted, black!25"];

    private static readonly string[] Marks = ["*", "square*", "triangle*", "diamond*", "o"];

    private static readonly string[] LineWidths = ["semithick", "thick", "very thick"];

    public static PgfplotsTheme Pick(SeededRandom random, bool wide)
    {
        ArgumentNullException.ThrowIfNull(random);
        return new PgfplotsTheme(
            FontPackages: random.Pick(Fonts),
            Palette: random.Pick(ChartPalettes.UpperHex),
            WidthCm: wide ? random.Pick([15.0, 16.0, 17.0]) : random.Pick([12.0, 13.0, 14.0]),
            HeightCm: random.Pick([8.0, 8.5, 9.0]),
            TitleFont: random.Pick(TitleFonts),
            LabelFont: random.Pick(LabelFonts),
            Grid: random.Chance(0.6),
            GridStyle: random.Pick(GridStyles),
            BoxAxes: random.Chance(0.4),
            BarWidth: random.Pick([0.55, 0.6, 0.65, 0.7, 0.75]),
            Mark: random.Pick(Marks),
            LineWidth: random.Pick(LineWidths),
            LegendAbove: random.Chance(0.5),
            PieLegend: random.Chance(0.4));
    }
}
