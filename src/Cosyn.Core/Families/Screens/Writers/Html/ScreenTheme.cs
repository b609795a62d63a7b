namespace Cosyn.Families.Screens.Writers.Html;

/// <summary>A screen's look: light or dark surfaces, one accent colour, a font Debian ships, a density and a nav layout.</summary>
public sealed record ScreenTheme(
    string Name,
    bool Dark,
    string Background,
    string Surface,
    string Text,
    string Muted,
    string Border,
    string Accent,
    string Font,
    int FontSize,
    int Padding,
    int Radius,
    bool Sidebar);
