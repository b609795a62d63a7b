namespace Cosyn.Families.Documents.Writers.Latex;

/// <summary>One LaTeX document's look: accent colour, font packages, paper, header variant and table rules.</summary>
public sealed record LatexDocumentStyle(string Accent, IReadOnlyList<string> Font, string Paper, string Header, bool Booktabs)
{
    private static readonly string[] Accents = ["1F4E79", "2E7D32", "8E2C48", "C25E00", "37474F", "5E35B1", "00796B", "B71C1C", "283593", "6D4C41"];

    private static readonly string[][] Fonts =
    [
        [@"\usepackage{lmodern}"],
        [@"\usepackage[scaled=0.95]{helvet}", @"\renewcommand{\familydefault}{\sfdefault}"],
        [@"\usepackage{charter}"],
        [@"\usepackage{mathptmx}"],
        [@"\usepackage{mathpazo}"],
        [@"\usepackage{bookman}"],
    ];

    /// <summary>Header variants: a coloured banner, a centred classic letterhead, or a modern split title.</summary>
    public static IReadOnlyList<string> Headers { get; } = ["banner", "classic", "modern"];

    public static LatexDocumentStyle Pick(SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return new LatexDocumentStyle(random.Pick(Accents), random.Pick(Fonts), random.Pick(["a4paper", "letterpaper"]), random.Pick(Headers), random.Chance(0.6));
    }
}
