namespace Cosyn.Families.Diagrams.Writers.Graphviz;

/// <summary>Built-in DOT themes; fonts are ones fontconfig resolves on the render machine.</summary>
public static class DotThemes
{
    public static IReadOnlyList<DotTheme> All { get; } =
    [
        new("Helvetica", "#e8f1fb", "#2b6cb0", "#c6f6d5", "#fefcbf", "#4a5568", "#1a202c", "white"),
        new("DejaVu Sans", "#fff5f5", "#c53030", "#fed7d7", "#feebc8", "#742a2a", "#2d3748", "#fffaf0"),
        new("Liberation Serif", "#f0fff4", "#2f855a", "#9ae6b4", "#e9d8fd", "#276749", "#1c4532", "white"),
        new("Lato", "#faf5ff", "#6b46c1", "#d6bcfa", "#fefcbf", "#553c9a", "#322659", "#fdfcff"),
        new("Liberation Sans", "#ebf8ff", "#2c5282", "#bee3f8", "#fbd38d", "#2a4365", "#1a365d", "#f7fafc"),
        new("URW Gothic", "#fffff0", "#975a16", "#faf089", "#c6f6d5", "#744210", "#3c2a0a", "white"),
        new("DejaVu Serif", "#f7fafc", "#4a5568", "#e2e8f0", "#fed7e2", "#2d3748", "#171923", "white"),
        new("Nimbus Sans", "#e6fffa", "#285e61", "#b2f5ea", "#fed7d7", "#234e52", "#1d4044", "white"),
    ];
}
