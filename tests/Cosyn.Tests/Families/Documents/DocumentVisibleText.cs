using Cosyn.Families.Documents;

namespace Cosyn.Tests.Families.Documents;

/// <summary>What a rendered document must show: its title, every field value, every table cell and every total line, as drawn.</summary>
internal static partial class DocumentVisibleText
{
    public static IEnumerable<string> Expected(DocumentSpec spec)
    {
        yield return spec.Title;
        foreach (var field in spec.Fields)
        {
            yield return field.Value;
        }

        foreach (var table in spec.Tables)
        {
            foreach (var row in table.Rows)
            {
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    if (!row[c].IsEmpty)
                    {
                        yield return DocumentFormat.Cell(row[c], table.Columns[c], spec.Currency);
                    }
                }
            }
        }

        foreach (var total in spec.Totals)
        {
            yield return total.Label;
            yield return DocumentFormat.Money(total.Amount, spec.Currency);
        }
    }

    /// <summary>The values <paramref name="text"/> lacks, comparing case-insensitively with whitespace removed (pdftotext splits small capitals and wrapped lines).</summary>
    public static List<string> Missing(DocumentSpec spec, string text)
    {
        var shown = Normalize(text);
        return [.. Expected(spec).Select(Normalize).Where(v => v.Length > 0 && !shown.Contains(v, StringComparison.OrdinalIgnoreCase)).Distinct()];
    }

    // pdftotext and innerText differ from the source in spacing, ligatures and a few symbols.
    public static string Normalize(string text) =>
        Spaces().Replace(text, string.Empty).Replace("ﬁ", "fi", StringComparison.Ordinal).Replace("ﬂ", "fl", StringComparison.Ordinal)
            .Replace("ﬀ", "ff", StringComparison.Ordinal).Replace("ﬃ", "ffi", StringComparison.Ordinal).Replace('’', '\'').Replace('³', '3').Replace('²', '2');

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
