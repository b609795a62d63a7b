namespace Cosyn.Families.Documents.Writers.Html;

/// <summary>One document's look: accent colours, a Debian-shipped font, base size, page width and layout variant.</summary>
public sealed record HtmlDocumentStyle(string Accent, string Tint, string Font, int Size, int Width, string Layout)
{
    private static readonly (string Accent, string Tint)[] Palettes =
    [
        ("#1f4e79", "#e8f0f8"), ("#2e7d32", "#eaf5ea"), ("#8e2c48", "#f8e9ee"), ("#c25e00", "#fdf0e3"), ("#37474f", "#eceff1"),
        ("#5e35b1", "#efeaf8"), ("#00796b", "#e3f4f2"), ("#b71c1c", "#fbeaea"), ("#283593", "#e9ebf7"), ("#6d4c41", "#f3ede9"),
    ];

    private static readonly string[] Fonts =
    [
        "'DejaVu Sans', sans-serif", "'Liberation Sans', Arial, sans-serif", "'Liberation Serif', 'Times New Roman', serif",
        "'DejaVu Serif', Georgia, serif", "'FreeSans', Helvetica, sans-serif", "'Nimbus Sans', Helvetica, sans-serif",
    ];

    /// <summary>Layouts of the generic document page: a coloured banner header, a plain letterhead, or a side panel of fields.</summary>
    public static IReadOnlyList<string> Layouts { get; } = ["banner", "letterhead", "sidebar"];

    public static HtmlDocumentStyle Pick(SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var (accent, tint) = random.Pick(Palettes);
        return new HtmlDocumentStyle(accent, tint, random.Pick(Fonts), random.Next(13, 17), random.Pick([720, 760, 800, 860]), random.Pick(Layouts));
    }
}
