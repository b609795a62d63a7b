namespace Cosyn.Tests.Families.Tables;

/// <summary>What a rendered table must show, derived from the <c>data</c> JSON alone: names, headers and cell texts.</summary>
internal static class VisibleText
{
    /// <summary>Row names, column names, group names and every value with its column's decimals (no grouping).</summary>
    public static List<string> Expected(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var columns = root.GetProperty("columns").EnumerateArray().Select(c => (Name: c.GetProperty("name").GetString()!, Decimals: c.GetProperty("decimals").GetInt32())).ToList();
        var texts = columns.Select(c => c.Name).ToList();
        foreach (var row in root.GetProperty("rows").EnumerateArray())
        {
            texts.Add(row.GetProperty("name").GetString()!);
            if (row.TryGetProperty("group", out var g))
            {
                texts.Add(g.GetString()!);
            }

            texts.AddRange(Values(row.GetProperty("cells"), columns.Select(c => c.Decimals).ToList()));
        }

        if (root.TryGetProperty("totals", out var totals))
        {
            texts.Add(totals.GetProperty("label").GetString()!);
            texts.AddRange(Values(totals.GetProperty("cells"), columns.Select(c => c.Decimals).ToList()).Where(t => t != "–"));
        }

        if (root.TryGetProperty("column_groups", out var groups))
        {
            texts.AddRange(groups.EnumerateArray().Select(x => x.GetProperty("name").GetString()!));
        }

        return [.. texts.Distinct()];
    }

    /// <summary>Whether <paramref name="expected"/> is shown as a whole cell, or as a header with its unit appended.</summary>
    public static bool IsShown(IReadOnlyCollection<string> shown, string expected) =>
        shown.Contains(expected) || shown.Any(s => s.StartsWith(expected + " (", StringComparison.Ordinal));

    /// <summary>Text normalised for comparison: no thousands separators, single spaces, no line breaks.</summary>
    public static string Normalize(string text) =>
        string.Join(" ", text.Replace(",", string.Empty, StringComparison.Ordinal).Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries));

    private static IEnumerable<string> Values(JsonElement cells, List<int> decimals) =>
        cells.EnumerateArray().Select((v, i) => v.ValueKind == JsonValueKind.Null
            ? "–"
            : decimal.Parse(v.GetRawText(), CultureInfo.InvariantCulture).ToString("F" + decimals[i].ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
}
