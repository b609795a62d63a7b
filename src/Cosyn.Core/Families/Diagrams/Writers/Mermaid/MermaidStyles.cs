namespace Cosyn.Families.Diagrams.Writers.Mermaid;

/// <summary>Built-in Mermaid looks (light themes only: the page background is white).</summary>
public static class MermaidStyles
{
    public static IReadOnlyList<MermaidStyle> All { get; } =
    [
        new("default", "trebuchet ms, verdana, arial, sans-serif", "#ECECFF", "#9370DB", "#fff5ad"),
        new("forest", "Arial, sans-serif", "#cde498", "#13540c", "#fff5ad"),
        new("neutral", "Helvetica, Arial, sans-serif", "#eeeeee", "#666666", "#dddddd"),
        new("base", "Verdana, sans-serif", "#e3f2fd", "#1565c0", "#ffe0b2"),
        new("base", "Georgia, serif", "#fce4ec", "#ad1457", "#e1f5fe"),
        new("default", "Lato, sans-serif", "#e8f5e9", "#2e7d32", "#fff9c4"),
        new("forest", "DejaVu Sans, sans-serif", "#f1f8e9", "#558b2f", "#ffecb3"),
    ];
}
