namespace Cosyn.Families.Tables;

/// <summary>Which figure types a template can fill: wide tables need many columns, long ones many rows, and so on.</summary>
public static class TableTemplateFit
{
    /// <summary>Fewest template columns a wide table needs.</summary>
    public const int WideColumns = 6;

    /// <summary>Fewest template rows a long table needs.</summary>
    public const int LongRows = 9;

    public static bool Fits(TableTemplate template, string figureType)
    {
        ArgumentNullException.ThrowIfNull(template);
        return figureType switch
        {
            TableFigureTypes.Wide => template.AllColumns.Count >= WideColumns,
            TableFigureTypes.LongRows => template.AllRows.Count >= LongRows,
            TableFigureTypes.GroupedHeader => template.HasColumnGroups,
            TableFigureTypes.Totals => template.AllColumns.Any(c => c.Additive),
            _ => true,
        };
    }
}
