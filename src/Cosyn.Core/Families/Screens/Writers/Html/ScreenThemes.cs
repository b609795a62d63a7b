namespace Cosyn.Families.Screens.Writers.Html;

/// <summary>Picks a theme: one of four surface schemes, seven accents, five fonts, three densities, two radii and two nav layouts.</summary>
public static class ScreenThemes
{
    private static readonly (string Name, bool Dark, string Bg, string Surface, string Text, string Muted, string Border)[] Schemes =
    [
        ("light", false, "#f4f5f7", "#ffffff", "#1f2328", "#6b7280", "#e3e6ea"),
        ("warm", false, "#faf7f2", "#ffffff", "#2b2118", "#7a6a5a", "#eadfd2"),
        ("dark", true, "#0f172a", "#1e293b", "#e2e8f0", "#94a3b8", "#334155"),
        ("graphite", true, "#18181b", "#27272a", "#f4f4f5", "#a1a1aa", "#3f3f46"),
    ];

    private static readonly string[] Accents = ["#2563eb", "#16a34a", "#7c3aed", "#0d9488", "#ea580c", "#db2777", "#4f46e5"];

    private static readonly string[] Fonts =
        ["'DejaVu Sans', sans-serif", "'Liberation Sans', Arial, sans-serif", "Lato, 'DejaVu Sans', sans-serif", "'Nimbus Sans', Helvetica, sans-serif", "'FreeSans', sans-serif"];

    private static readonly (string Name, int Padding, int FontSize)[] Densities = [("compact", 10, 13), ("regular", 14, 14), ("comfortable", 18, 15)];

    public static ScreenTheme Pick(SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var scheme = random.Pick(Schemes);
        var density = random.Pick(Densities);
        return new ScreenTheme(
            $"{scheme.Name}-{density.Name}",
            scheme.Dark,
            scheme.Bg,
            scheme.Surface,
            scheme.Text,
            scheme.Muted,
            scheme.Border,
            random.Pick(Accents),
            random.Pick(Fonts),
            density.FontSize,
            density.Padding,
            random.Chance(0.5) ? 6 : 12,
            random.Chance(0.6));
    }
}
