namespace Cosyn.Families.Tables;

/// <summary>
/// One table-worthy dataset of a domain, as written in <c>Tables/Domains/*.json</c>. Either a cross table (rows by
/// <see cref="Columns"/>, one shared measure) or an attribute table (rows by <see cref="Measures"/>, each its own unit).
/// </summary>
public sealed class TableTemplate
{
    public string Id { get; init; } = string.Empty;

    /// <summary>Title patterns with slots <c>{name}</c> and <c>{year}</c>.</summary>
    public IReadOnlyList<string> Titles { get; init; } = [];

    /// <summary>Header of the row-name column (e.g. Species).</summary>
    public string RowLabel { get; init; } = string.Empty;

    /// <summary>Row names in natural order, when the rows are not grouped.</summary>
    public IReadOnlyList<string> Rows { get; init; } = [];

    /// <summary>Header of the row-group column (e.g. Region), when rows are grouped.</summary>
    public string? GroupLabel { get; init; }

    /// <summary>Row groups (group name to its rows), in order; empty when rows are not grouped.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Groups { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Cross tables: what the columns are (e.g. Survey site).</summary>
    public string? ColumnLabel { get; init; }

    /// <summary>Cross tables: column names in natural order.</summary>
    public IReadOnlyList<string> Columns { get; init; } = [];

    /// <summary>Cross tables: header groups over <see cref="Columns"/> (group name to its columns).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ColumnGroups { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Cross tables: the shared measure, unit, range, decimals and additivity.</summary>
    public string Measure { get; init; } = string.Empty;

    public string Unit { get; init; } = string.Empty;

    public IReadOnlyList<double> Range { get; init; } = [0, 100];

    public int Decimals { get; init; }

    public bool Additive { get; init; }

    /// <summary>Cross tables: columns are consecutive periods, so values trend and percentage change makes sense.</summary>
    public bool Time { get; init; }

    /// <summary>Attribute tables: the columns.</summary>
    public IReadOnlyList<TableTemplateMeasure> Measures { get; init; } = [];

    /// <summary>Whether a cell may be unreported (shown as a dash).</summary>
    public bool Missing { get; init; }

    public bool IsCross => Measures.Count == 0;

    /// <summary>Every row name, grouped or not.</summary>
    public IReadOnlyList<string> AllRows => Groups.Count > 0 ? [.. Groups.Values.SelectMany(g => g)] : Rows;

    /// <summary>The columns as measures, whichever form the template is written in (built once, so instances compare equal).</summary>
    public IReadOnlyList<TableTemplateMeasure> AllColumns => _allColumns ??= IsCross
        ? [.. Columns.Select(c => new TableTemplateMeasure
        {
            Name = c, Unit = Unit, Range = Range, Decimals = Decimals, Additive = Additive,
            Group = ColumnGroups.FirstOrDefault(g => g.Value.Contains(c)).Key,
        })]
        : Measures;

    private IReadOnlyList<TableTemplateMeasure>? _allColumns;

    public bool HasColumnGroups => AllColumns.Count(c => c.Group is not null) >= 2;
}
