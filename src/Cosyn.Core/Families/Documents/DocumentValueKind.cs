namespace Cosyn.Families.Documents;

/// <summary>How a document value is typed and drawn: money gets a currency symbol and two decimals, times are HH:mm, and so on.</summary>
public enum DocumentValueKind
{
    Text,
    Number,
    Money,
    Date,
    Time,
    Year,
    Percent,
}
