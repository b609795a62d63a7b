namespace Cosyn.Families.Tables.Writers.Html;

/// <summary>CSS for the table themes (striped, bordered, minimal, dark header, cards), coloured from a <see cref="TableStyle"/>.</summary>
public static class HtmlTableThemes
{
    public static IReadOnlyList<string> Names { get; } = ["striped", "bordered", "minimal", "dark-header", "cards"];

    /// <summary>Theme-specific rules appended after the shared base rules.</summary>
    public static string Css(string theme, TableStyle s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return theme switch
        {
            "striped" => $$"""
                thead th { background: {{s.HeaderBackground}}; color: {{s.HeaderText}}; }
                tbody tr:nth-child(even) td { background: {{s.Stripe}}; }
                th, td { border-bottom: 1px solid {{s.Border}}; }
                """,
            "bordered" => $$"""
                table { border: 2px solid {{s.Border}}; }
                th, td { border: 1px solid {{s.Border}}; }
                thead th { background: {{s.Stripe}}; color: #222; }
                """,
            "minimal" => $$"""
                thead { border-top: 2px solid #222; border-bottom: 1px solid #222; }
                tbody { border-bottom: 2px solid #222; }
                thead th { color: #222; font-weight: 600; }
                thead tr.groups th { border-bottom: 1px solid {{s.Border}}; }
                """,
            "dark-header" => $$"""
                thead th { background: #1f2329; color: #f5f5f5; border: 1px solid #3a3f47; }
                td, tbody th { border-bottom: 1px solid #d9d9d9; }
                tbody tr:hover td { background: {{s.Stripe}}; }
                """,
            "cards" => $$"""
                body { background: {{s.Stripe}}; }
                .card { background: #fff; border-radius: 12px; box-shadow: 0 2px 10px rgba(0, 0, 0, 0.12); padding: 18px 22px; }
                thead th { background: {{s.HeaderBackground}}; color: {{s.HeaderText}}; }
                th, td { border-bottom: 1px solid {{s.Border}}; }
                """,
            _ => throw new ArgumentException($"unknown theme {theme}", nameof(theme)),
        };
    }
}
