namespace Cosyn.Families.Documents;

/// <summary>
/// A table of a document (line items, nutrients, transactions, sessions, ...). Column <paramref name="NameColumn"/> names the row.
/// <paramref name="RowNoun"/> is how questions call a row ("items", "transactions"); <paramref name="GroupColumn"/>
/// names a text column that sorts rows into sections (menu sections), drawn as sub-headings.
/// </summary>
public sealed record DocumentTable(
    string Name,
    string Heading,
    string RowNoun,
    IReadOnlyList<DocumentColumn> Columns,
    IReadOnlyList<IReadOnlyList<DocumentCell>> Rows,
    string? GroupColumn = null,
    int NameColumn = 0)
{
    public int IndexOf(string column) => Columns.ToList().FindIndex(c => c.Name == column);

    public string RowName(int row) => Rows[row][NameColumn].Text ?? string.Empty;

    public decimal? Number(int row, string column) => IndexOf(column) is var i and >= 0 ? Rows[row][i].Number : null;

    public string? Text(int row, string column) => IndexOf(column) is var i and >= 0 ? Rows[row][i].Text : null;
}
