using Cosyn.Families.Charts.Styling;

namespace Cosyn.Families.Charts.Writers.Html;

/// <summary>Page and card colours of a chart: background, card, text, muted text (ticks) and grid.</summary>
public sealed record HtmlSurface(string Page, string Card, string Text, string Muted, string Grid, string CardCss)
{
    /// <summary>Light and dark surfaces, from a flat white page to a shadowed card on a tinted page.</summary>
    public static IReadOnlyList<HtmlSurface> All { get; } =
    [
        new("#FFFFFF", "#FFFFFF", "#222222", "#555555", "#E3E3E3", "padding: 16px 20px;"),
        new("#F3F4F6", "#FFFFFF", "#1F2937", "#4B5563", "#E5E7EB", "padding: 20px 24px; border-radius: 12px; box-shadow: 0 2px 10px rgba(0, 0, 0, 0.12);"),
        new("#EEF2F7", "#FFFFFF", "#1B2A41", "#51607A", "#DCE3EC", "padding: 18px 22px; border: 1px solid #C9D3E0; border-radius: 6px;"),
        new("#FAF7F0", "#FFFDF8", "#3B3025", "#6B5D4F", "#E8E0D2", "padding: 18px 24px; border-top: 4px solid #3B3025;"),
        new("#1E1E2E", "#262637", "#F1F1F5", "#B8B8C8", "#3A3A4E", "padding: 20px 24px; border-radius: 10px;"),
        new("#0F172A", "#111827", "#F9FAFB", "#CBD5E1", "#334155", "padding: 18px 22px; border-radius: 8px; border: 1px solid #334155;"),
    ];

    /// <summary>Whether text on this surface is light (a dark theme).</summary>
    public bool IsDark => ChartTextColor.Luminance(Card) < 0.5;
}
