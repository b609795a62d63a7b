namespace Cosyn.Families.Documents;

/// <summary>
/// The typed model of one document, whatever its kind: who issued it, labelled fields, tables, total lines, form
/// choices and running text. Code writers draw it; QA is computed from it; <see cref="DocumentJson"/> writes it as the data.
/// </summary>
public sealed record DocumentSpec(
    string Kind,
    string Title,
    string Issuer,
    IReadOnlyList<string> IssuerLines,
    IReadOnlyList<DocumentField> Fields,
    IReadOnlyList<DocumentTable> Tables,
    IReadOnlyList<DocumentTotal> Totals,
    IReadOnlyList<string> Paragraphs,
    string Currency)
{
    public IReadOnlyList<DocumentChoice> Choices { get; init; } = [];

    /// <summary>Closing lines drawn small at the bottom (terms, thanks, signatures).</summary>
    public IReadOnlyList<string> Footer { get; init; } = [];

    public DocumentField? Field(string label) => Fields.FirstOrDefault(f => f.Label == label);

    public DocumentTable? Table(string name) => Tables.FirstOrDefault(t => t.Name == name);

    public DocumentTotal? Total(string role) => Totals.FirstOrDefault(t => t.Role == role);
}
