namespace Cosyn.Families.Charts;

/// <summary>Writes a <see cref="ChartSpec"/> as the CSV the paper's chart pipelines use for <c>data</c>: header row, then one row per category.</summary>
public static class ChartCsv
{
    /// <summary>
    /// The CSV text; missing values are empty cells, numbers use their measure's fixed decimals. Raw observations are
    /// written as they were recorded: a histogram's as one column, a box plot's as group,value rows (long form).
    /// </summary>
    public static string Write(ChartSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Distribution is { } distribution)
        {
            return WriteObservations(spec, distribution);
        }

        var header = new List<string> { spec.CategoryLabel };
        if (spec.XMeasure is not null)
        {
            header.Add(spec.XMeasure.Label);
        }

        header.AddRange(spec.Series.Select(spec.ColumnHeader));
        if (spec.SizeMeasure is not null)
        {
            header.Add(spec.SizeMeasure.Label);
        }

        var text = new StringBuilder();
        AppendRow(text, header);
        for (var i = 0; i < spec.Categories.Count; i++)
        {
            var row = new List<string> { spec.Categories[i] };
            if (spec.XMeasure is not null && spec.XValues is not null)
            {
                row.Add(spec.XMeasure.Format(spec.XValues[i]));
            }

            row.AddRange(spec.Series.Select((s, k) => s.Values[i] is { } v ? spec.MeasureOf(k).Format(v) : string.Empty));
            if (spec.SizeMeasure is not null && spec.SizeValues is not null)
            {
                row.Add(spec.SizeMeasure.Format(spec.SizeValues[i]));
            }

            AppendRow(text, row);
        }

        return text.ToString();
    }

    private static string WriteObservations(ChartSpec spec, ChartDistribution distribution)
    {
        var text = new StringBuilder();
        var box = spec.FigureType == ChartFigureTypes.Box;
        AppendRow(text, box ? [spec.CategoryLabel, spec.Measure.Label] : [spec.Measure.Label]);
        for (var g = 0; g < distribution.Groups.Count; g++)
        {
            foreach (var value in distribution.Groups[g])
            {
                AppendRow(text, box ? [spec.Categories[g], spec.Measure.Format(value)] : [spec.Measure.Format(value)]);
            }
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
