using Cosyn.Families.Charts.Writers.Latex;

namespace Cosyn.Families.Circuits.Writers.Latex;

/// <summary>Draws a random <see cref="CircuitikzTheme"/>: symbol standards, the chart fonts, inks and title styles.</summary>
public static class CircuitikzThemes
{
    private static readonly string[] Symbols =
        ["american", "european", "american voltages, european resistors", "european voltages, american resistors", "american, american inductors", "european, cute inductors"];

    private static readonly string[] Inks = ["black", "black", "blue!60!black", "red!50!black", "teal!70!black", "violet!70!black", "brown!70!black"];

    private static readonly string[] TitleStyles =
    [
        @"font=\large\bfseries",
        @"font=\large",
        @"font=\bfseries",
        @"font=\Large\scshape",
        @"font=\bfseries, draw, rounded corners, inner sep=5pt",
        @"font=\large\itshape",
        @"font=\bfseries, fill=gray!15, inner sep=5pt",
    ];

    private static readonly string[] LineWidths = ["line width=0.6pt", "line width=0.8pt", "semithick", "thick"];

    private static readonly string[] BipoleLengths = ["1.1cm", "1.2cm", "1.4cm"];

    public static CircuitikzTheme Pick(SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return new CircuitikzTheme(
            Symbols: random.Pick(Symbols),
            FontPackages: random.Pick(PgfplotsThemes.Fonts),
            Ink: random.Pick(Inks),
            TitleStyle: random.Pick(TitleStyles),
            LineWidth: random.Pick(LineWidths),
            BipoleLength: random.Pick(BipoleLengths),
            CombinedLabels: random.Chance(0.35),
            GroundedSource: random.Chance(0.4));
    }
}
