namespace Cosyn.Families.Tables;

/// <summary>
/// A concrete table, the typed model code and QA are written from. Values are decimals with each column's decimals;
/// a null cell is unreported and shown as a dash. Totals skip unreported cells and are null for non-additive columns.
/// </summary>
public sealed record TableSpec
{
    public required string Domain { get; init; }

    public required string FigureType { get; init; }

    public required string Title { get; init; }

    /// <summary>A note under the title (the shared unit of a cross table), or null.</summary>
    public string? Caption { get; init; }

    /// <summary>Header of the row-name column.</summary>
    public required string RowLabel { get; init; }

    /// <summary>Header of the row-group column, when rows are grouped.</summary>
    public string? GroupLabel { get; init; }

    /// <summary>Cross tables: what the columns are (e.g. Quarter); null for attribute tables.</summary>
    public string? ColumnLabel { get; init; }

    /// <summary>Cross tables: the measure every cell holds (e.g. Revenue); null for attribute tables.</summary>
    public string? Measure { get; init; }

    /// <summary>Cross tables: columns are consecutive periods.</summary>
    public bool Time { get; init; }

    public required IReadOnlyList<TableColumn> Columns { get; init; }

    /// <summary>Header groups over the columns; empty when the header is flat.</summary>
    public IReadOnlyList<TableColumnGroup> ColumnGroups { get; init; } = [];

    public required IReadOnlyList<TableRow> Rows { get; init; }

    /// <summary>Per-column totals of the body rows, null for columns that do not add up; null when there is no totals row.</summary>
    public IReadOnlyList<decimal?>? Totals { get; init; }

    /// <summary>Label of the totals row.</summary>
    public string TotalsLabel { get; init; } = "Total";

    public TableHighlight? Highlight { get; init; }

    /// <summary>Rows of the template that this table leaves out (for unanswerable questions).</summary>
    public IReadOnlyList<string> UnshownRows { get; init; } = [];

    /// <summary>Columns of the template that this table leaves out (for unanswerable questions).</summary>
    public IReadOnlyList<string> UnshownColumns { get; init; } = [];

    public bool IsCross => Measure is not null;

    public bool HasRowGroups => GroupLabel is not null;

    /// <summary>Whether headers carry units (attribute tables); cross tables state their shared unit in the caption.</summary>
    public bool UnitsInHeaders => !IsCross;

    /// <summary>Row groups in order, each with its row indices.</summary>
    public IReadOnlyList<(string Name, IReadOnlyList<int> Rows)> RowGroups =>
        [.. Rows.Select((r, i) => (r, i)).Where(x => x.r.Group is not null).GroupBy(x => x.r.Group!)
            .Select(g => (g.Key, (IReadOnlyList<int>)[.. g.Select(x => x.i)]))];
}
