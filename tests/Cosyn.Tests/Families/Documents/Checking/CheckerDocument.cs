using Cosyn.Tests.Testing.Checking;

namespace Cosyn.Tests.Families.Documents.Checking;

/// <summary>The checker's own reading of a document's <c>data</c> JSON: fields, tables as rows of named cells, total lines, choices.</summary>
public sealed class CheckerDocument : CheckerData
{
    private static readonly string[] DatePatterns = ["MMMM d, yyyy", "d MMM yyyy", "yyyy-MM-dd", "MMM d, yyyy"];

    public CheckerDocument(string json)
        : base(json)
    {
        Type = Root.Text("document_type");
        Issuer = Root.GetProperty("issuer").Text("name");
        Fields = Root.GetProperty("fields").EnumerateObject().ToDictionary(p => p.Name, p => Value(p.Value), StringComparer.OrdinalIgnoreCase);
        if (Root.TryGetProperty("tables", out var tables))
        {
            Tables = [.. tables.EnumerateArray().Select(t => new CheckerDocTable(
                t.Text("heading"),
                [.. t.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!)],
                [.. t.GetProperty("rows").EnumerateArray().Select(r => r.EnumerateObject().ToDictionary(p => p.Name, p => Value(p.Value)))]))];
        }

        if (Root.TryGetProperty("totals", out var totals))
        {
            Totals = [.. totals.EnumerateArray().Select(t => (t.Text("role"), t.TryGetProperty("rate", out var r) ? r.GetDecimal() : (decimal?)null, t.GetProperty("amount").GetDecimal()))];
        }

        if (Root.TryGetProperty("choices", out var choices))
        {
            Choices = [.. choices.EnumerateArray().Select(c => (c.Text("label"), c.GetProperty("options").EnumerateArray().Select(o => o.GetString()!).ToList(), c.Text("selected")))];
        }
    }

    public string Type { get; }

    public string Issuer { get; }

    /// <summary>Field values: a string, a decimal, or null.</summary>
    public Dictionary<string, object?> Fields { get; }

    public List<CheckerDocTable> Tables { get; } = [];

    public List<(string Role, decimal? Rate, decimal Amount)> Totals { get; } = [];

    public List<(string Label, List<string> Options, string Selected)> Choices { get; } = [];

    public CheckerDocTable Table(string heading) => Tables.SingleOrDefault(t => t.Heading == heading) ?? throw new InvalidOperationException($"no table '{heading}'");

    public object? Field(string label) => Fields.TryGetValue(label, out var v) ? v : throw new InvalidOperationException($"no field '{label}'");

    public decimal Number(string label) => Field(label) as decimal? ?? throw new InvalidOperationException($"field '{label}' is not a number");

    public static DateOnly Date(object? value) => DateOnly.ParseExact((string)value!, DatePatterns, CultureInfo.InvariantCulture);

    public static int Minutes(object? value)
    {
        var parts = ((string)value!).Split(':');
        return (int.Parse(parts[0], CultureInfo.InvariantCulture) * 60) + int.Parse(parts[1], CultureInfo.InvariantCulture);
    }

    private static object? Value(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Number => e.GetDecimal(),
        JsonValueKind.String => e.GetString(),
        _ => null,
    };
}
