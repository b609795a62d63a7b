namespace Cosyn.Families.Chemistry.Writers.Rdkit;

/// <summary>One drawing look for MolDraw2DCairo: canvas, stroke, atom palette, colours, fonts, orientation and layout engine.</summary>
public sealed record RdkitTheme(
    int Width,
    int Height,
    double BondLineWidth,
    string Palette,
    string? Background,
    string Highlight,
    int LegendFontSize,
    double BaseFontSize,
    int Rotate,
    bool CoordGen,
    bool ExplicitMethyl,
    bool FixedBondLength);
