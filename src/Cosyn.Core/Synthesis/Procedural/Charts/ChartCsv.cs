using System.Text;

namespace Cosyn.Synthesis.Procedural.Charts;

/// <summary>Writes a <see cref="ChartSpec"/> as the CSV the paper's chart pipelines use for <c>data</c>: header row, then one row per category.</summary>
public static class ChartCsv
{
    /// <summary>The CSV text; missing values are empty cells, numbers use the measure's fixed decimals.</summary>
    public static string Write(ChartSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var header = new List<string> { spec.CategoryLabel };
        if (spec.XMeasure is not null)
        {
            header.Add(spec.XMeasure.Label);
        }

        header.AddRange(spec.Series.Select(spec.ColumnHeader));
        var text = new StringBuilder();
        AppendRow(text, header);
        for (var i = 0; i < spec.Categories.Count; i++)
        {
            var row = new List<string> { spec.Categories[i] };
            if (spec.XMeasure is not null && spec.XValues is not null)
            {
                row.Add(spec.XMeasure.Format(spec.XValues[i]));
            }

            row.AddRange(spec.Series.Select(s => s.Values[i] is { } v ? spec.Measure.Format(v) : string.Empty));
            AppendRow(text, row);
        }

        return text.ToString();
    }

    private static void AppendRow(StringBuilder text, IEnumerable<string> cells)
    {
        text.AppendJoin(',', cells.Select(Quote)).Append('\n');
    }

    // RFC 4180: quote a cell only when it holds a comma, quote or line break.
    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\n") < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
