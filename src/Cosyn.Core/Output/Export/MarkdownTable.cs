using System.Globalization;
using System.Text;

namespace Cosyn.Output.Export;

/// <summary>Markdown tables for the dataset card; cell text is kept on one line and pipes are escaped.</summary>
public static class MarkdownTable
{
    public static void Write(StringBuilder text, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        text.Append("| ").Append(string.Join(" | ", header.Select(Cell))).Append(" |\n");
        text.Append('|').Append(string.Concat(header.Select(_ => " --- |"))).Append('\n');
        foreach (var row in rows)
        {
            text.Append("| ").Append(string.Join(" | ", row.Select(Cell))).Append(" |\n");
        }

        text.Append('\n');
    }

    /// <summary>A two-column count table, largest first.</summary>
    public static void Counts(StringBuilder text, string what, IReadOnlyDictionary<string, int> counts) =>
        Write(text, [what, "count"], counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => (IReadOnlyList<string>)[c.Key, c.Value.ToString(CultureInfo.InvariantCulture)]));

    public static string Cell(string value) =>
        (value ?? "").Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
