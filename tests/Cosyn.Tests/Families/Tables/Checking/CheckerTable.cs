using Cosyn.Tests.Families.Charts.Checking;

namespace Cosyn.Tests.Families.Tables.Checking;

/// <summary>The chart's data as the checker understands it from the CSV alone: categories and named numeric columns.</summary>
internal sealed class CheckerTable
{
    public CheckerTable(string csv, string figureType)
    {
        var rows = CheckerCsv.Parse(csv);
        var header = rows[0];
        FirstHeader = header[0];
        Categories = [.. rows.Skip(1).Select(r => r[0])];
        for (var col = 1; col < header.Count; col++)
        {
            var m = Regex.Match(header[col], @"^(?<name>.*?)(?: \((?<unit>[^()]*)\))?$");
            var values = rows.Skip(1).Select(r => r[col].Length == 0 ? (decimal?)null : decimal.Parse(r[col], CultureInfo.InvariantCulture)).ToList();
            Columns.Add(new CheckerColumn(m.Groups["name"].Value, m.Groups["unit"].Value, values));
        }

        IsScatter = figureType is "scatter" or "bubble";
        FigureType = figureType;
    }

    public string FigureType { get; }

    public string FirstHeader { get; }

    public List<string> Categories { get; }

    public List<CheckerColumn> Columns { get; } = [];

    public bool IsScatter { get; }

    /// <summary>The series (value columns): all columns, or the y column of a scatter.</summary>
    public List<CheckerColumn> Series => IsScatter ? [Columns[1]] : Columns;

    public int Index(string category) => Categories.IndexOf(category);

    public CheckerColumn SeriesNamed(string name) => Columns.Single(c => c.Name == name);

    /// <summary>The column a question's measure words refer to; the single value column when they name none.</summary>
    public CheckerColumn ColumnFor(string? measure)
    {
        if (measure is not null)
        {
            var match = Columns.FirstOrDefault(c => string.Equals(c.Name, measure, StringComparison.OrdinalIgnoreCase));
            if (match is not null)
            {
                return match;
            }
        }

        if (Series.Count != 1)
        {
            throw new InvalidOperationException($"measure '{measure}' does not pick a column of a multi-series chart");
        }

        return Series[0];
    }

    /// <summary>An alternation of escaped names, longest first, for building question patterns.</summary>
    public static string Alternation(IEnumerable<string> names) =>
        "(?:" + string.Join("|", names.OrderByDescending(n => n.Length).Select(Regex.Escape)) + ")";
}
