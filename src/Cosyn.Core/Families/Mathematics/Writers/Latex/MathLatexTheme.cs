namespace Cosyn.Families.Mathematics.Writers.Latex;

/// <summary>A look for a typeset problem: layout, font package and accent colour (xcolor HTML).</summary>
public sealed record MathLatexTheme(string Layout, string FontPackage, string Accent, string Width);
