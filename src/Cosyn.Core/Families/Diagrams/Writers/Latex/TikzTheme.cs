namespace Cosyn.Families.Diagrams.Writers.Latex;

/// <summary>A TikZ look: font package lines, node fill and border, an accent for start/end and checks, line colour (HTML hex).</summary>
public sealed record TikzTheme(IReadOnlyList<string> FontPackages, string Fill, string Border, string Accent, string Line);
