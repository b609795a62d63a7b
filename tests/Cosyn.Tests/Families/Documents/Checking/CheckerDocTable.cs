namespace Cosyn.Tests.Families.Documents.Checking;

/// <summary>A document table as the checker reads it: a heading, column names and rows of named values (string, decimal or null).</summary>
public sealed record CheckerDocTable(string Heading, List<string> Columns, List<Dictionary<string, object?>> Rows)
{
    /// <summary>The column naming rows: a statement's description, otherwise the first column.</summary>
    public string NameColumn => Columns.Contains("Description") && Columns[0] == "Date" ? "Description" : Columns[0];

    public string Name(Dictionary<string, object?> row) => (string)row[NameColumn]!;

    public Dictionary<string, object?> Row(string name) =>
        Rows.Where(r => Name(r) == name).ToList() is { Count: 1 } rows ? rows[0] : throw new InvalidOperationException($"no single row '{name}' in {Heading}");

    public static decimal Number(Dictionary<string, object?> row, string column) =>
        row.TryGetValue(column, out var v) && v is decimal d ? d : throw new InvalidOperationException($"no number in column '{column}'");
}
