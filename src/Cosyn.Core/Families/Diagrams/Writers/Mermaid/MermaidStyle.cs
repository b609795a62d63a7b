namespace Cosyn.Families.Diagrams.Writers.Mermaid;

/// <summary>A Mermaid look: built-in theme, font, and accent colours for class definitions.</summary>
public sealed record MermaidStyle(string Theme, string Font, string Fill, string Stroke, string Accent);
