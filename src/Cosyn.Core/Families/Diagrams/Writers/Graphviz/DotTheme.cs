namespace Cosyn.Families.Diagrams.Writers.Graphviz;

/// <summary>A DOT colour and font scheme: node fill and border, accents for start/end and decisions, edge and text colours.</summary>
public sealed record DotTheme(string Font, string Fill, string Border, string Accent, string Decision, string Edge, string Text, string Background);
