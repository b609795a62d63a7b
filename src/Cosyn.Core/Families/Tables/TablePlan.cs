namespace Cosyn.Families.Tables;

/// <summary>The topic stage's decisions for a table: template, which rows and columns, and the structural features.</summary>
public sealed record TablePlan(
    string Domain,
    TableTemplate Template,
    string FigureType,
    string Title,
    IReadOnlyList<string> Rows,
    IReadOnlyList<TableTemplateMeasure> Columns,
    bool RowGroups,
    bool ColumnGroups,
    bool Totals,
    bool? HighlightHighest,
    IReadOnlyList<string> UnshownRows,
    IReadOnlyList<string> UnshownColumns);
