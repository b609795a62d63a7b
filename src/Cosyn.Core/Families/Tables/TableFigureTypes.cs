namespace Cosyn.Families.Tables;

/// <summary>The table figure types of the pipeline catalog; each one fixes which structural features a table gets.</summary>
public static class TableFigureTypes
{
    public const string Simple = "simple table";
    public const string GroupedHeader = "grouped header table";
    public const string Totals = "totals table";
    public const string Highlighted = "highlighted table";
    public const string Wide = "wide table";
    public const string LongRows = "long table";

    /// <summary>Every table figure type, in the order a pipeline that draws them all picks from.</summary>
    public static IReadOnlyList<string> All { get; } = [Simple, GroupedHeader, Totals, Highlighted, Wide, LongRows];
}
