namespace Cosyn.Families.Chemistry.Writers.Rdkit;

/// <summary>Draws a random <see cref="RdkitTheme"/>; colours are RGB tuples in 0-1 as RDKit takes them.</summary>
public static class RdkitThemes
{
    /// <summary>Atom palettes: RDKit's default (CPK-like), black and white, Avalon and CDK.</summary>
    private static readonly string[] Palettes = ["default", "default", "bw", "avalon", "cdk"];

    private static readonly string?[] Backgrounds = [null, null, "(1.0, 0.98, 0.94)", "(0.95, 0.97, 1.0)", "(0.96, 0.96, 0.96)", "(0.97, 1.0, 0.95)"];

    private static readonly string[] Highlights = ["(1.0, 0.75, 0.3)", "(0.55, 0.8, 1.0)", "(0.6, 0.9, 0.6)", "(1.0, 0.6, 0.7)", "(0.85, 0.7, 1.0)"];

    private static readonly (int Width, int Height)[] Canvases = [(600, 450), (700, 500), (800, 600), (900, 600), (640, 640)];

    public static RdkitTheme Pick(SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var (width, height) = random.Pick(Canvases);
        return new RdkitTheme(
            width,
            height,
            BondLineWidth: random.Pick([1.5, 2.0, 2.5, 3.0]),
            Palette: random.Pick(Palettes),
            Background: random.Pick(Backgrounds),
            Highlight: random.Pick(Highlights),
            LegendFontSize: random.Pick([26, 30, 34, 38]),
            BaseFontSize: random.Pick([0.6, 0.7, 0.8]),
            Rotate: random.Pick([0, 0, 0, 15, 30, 90]),
            CoordGen: random.Chance(0.5),
            ExplicitMethyl: random.Chance(0.2),
            FixedBondLength: random.Chance(0.3));
    }
}
