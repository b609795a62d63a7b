namespace Cosyn.Families.Documents;

/// <summary>How values are drawn on documents: money with a symbol, thousands separators and two decimals; dates in the document's chosen pattern.</summary>
public static class DocumentFormat
{
    /// <summary>Date patterns documents use (invariant culture); the checker in the tests parses all of them.</summary>
    public static IReadOnlyList<string> DatePatterns { get; } = ["MMMM d, yyyy", "d MMM yyyy", "yyyy-MM-dd", "MMM d, yyyy"];

    public static string Money(decimal value, string currency) =>
        (value < 0 ? "-" : string.Empty) + currency + Math.Abs(value).ToString("#,##0.00", CultureInfo.InvariantCulture);

    public static string Number(decimal value, int decimals) =>
        value.ToString(decimals == 0 ? "#,##0" : "#,##0." + new string('0', decimals), CultureInfo.InvariantCulture);

    /// <summary>Up to <paramref name="decimals"/> places, trailing zeros dropped (9 g, 1.5 g).</summary>
    public static string Trimmed(decimal value, int decimals) =>
        value.ToString(decimals == 0 ? "#,##0" : "#,##0." + new string('#', decimals), CultureInfo.InvariantCulture);

    public static string Date(DateOnly date, string pattern) => date.ToString(pattern, CultureInfo.InvariantCulture);

    public static string Time(int minutes) => $"{minutes / 60:00}:{minutes % 60:00}";

    public static string Whole(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A cell as drawn in <paramref name="column"/>.</summary>
    public static string Cell(DocumentCell cell, DocumentColumn column, string currency)
    {
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentNullException.ThrowIfNull(column);
        if (cell.Number is not { } n)
        {
            return cell.Text ?? string.Empty;
        }

        return column.Kind switch
        {
            DocumentValueKind.Money => Money(n, currency),
            DocumentValueKind.Time => Time((int)n),
            DocumentValueKind.Year => Whole((int)n),
            DocumentValueKind.Percent => Number(n, column.Decimals) + "%",
            DocumentValueKind.Number => Trimmed(n, column.Decimals),
            _ => Number(n, column.Decimals),
        };
    }
}
