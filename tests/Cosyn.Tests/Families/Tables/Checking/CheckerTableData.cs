using Cosyn.Tests.Testing.Checking;

namespace Cosyn.Tests.Families.Tables.Checking;

/// <summary>A table's <c>data</c> JSON as the table checker reads it, without the production model.</summary>
internal sealed class CheckerTableData : CheckerData
{
    public CheckerTableData(string json)
        : base(json)
    {
        Measure = Root.TryGetProperty("measure", out var m) ? m.GetString() : null;
        Columns = [.. Root.GetProperty("columns").EnumerateArray().Select(c => (c.Text("name"), c.Text("unit")))];
        foreach (var row in Root.GetProperty("rows").EnumerateArray())
        {
            Groups.Add(row.TryGetProperty("group", out var g) ? g.GetString() : null);
            Rows.Add(row.Text("name"));
            Cells.Add(Numbers(row.GetProperty("cells")));
        }

        if (Root.TryGetProperty("totals", out var totals))
        {
            TotalsLabel = totals.GetProperty("label").GetString();
            Totals = Numbers(totals.GetProperty("cells"));
        }

        if (Root.TryGetProperty("highlight", out var highlight))
        {
            HighlightRule = highlight.GetProperty("rule").GetString();
            Highlighted = [.. highlight.GetProperty("cells").EnumerateArray().Select(c => (c.Text("row"), c.Text("column")))];
        }
    }

    /// <summary>Set for cross tables (one measure in every cell).</summary>
    public string? Measure { get; }

    public List<(string Name, string Unit)> Columns { get; }

    public List<string?> Groups { get; } = [];

    public List<string> Rows { get; } = [];

    public List<List<decimal?>> Cells { get; } = [];

    public string? TotalsLabel { get; }

    public List<decimal?>? Totals { get; }

    public string? HighlightRule { get; }

    public List<(string Row, string Column)> Highlighted { get; } = [];

    public bool IsCross => Measure is not null;

    public int Col(string name) => Columns.FindIndex(c => c.Name == name) is var i and >= 0 ? i : throw new InvalidOperationException($"no column {name}");

    public int Row(string name) => Rows.IndexOf(name) is var i and >= 0 ? i : throw new InvalidOperationException($"no row {name}");

    /// <summary>Reported values of a column, by row index.</summary>
    public List<(int Row, decimal Value)> Column(int c) =>
        [.. Cells.Select((r, i) => (i, r[c])).Where(x => x.Item2 is not null).Select(x => (x.i, x.Item2!.Value))];

    private static List<decimal?> Numbers(JsonElement array) =>
        [.. array.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? (decimal?)null : decimal.Parse(v.GetRawText(), CultureInfo.InvariantCulture))];
}
