namespace Cosyn.Families.Tables;

/// <summary>How cell values are written in code and drawn: fixed decimals per column, an en dash for unreported cells.</summary>
public static class TableFormat
{
    /// <summary>The mark drawn in an unreported cell.</summary>
    public const string Missing = "–";

    /// <summary>A value with exactly <paramref name="decimals"/> places and no grouping (code literals, JSON).</summary>
    public static string Plain(decimal value, int decimals) =>
        value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>A cell as drawn: fixed decimals, thousands separators when asked, a dash when unreported.</summary>
    public static string Cell(decimal? value, int decimals, bool thousands) =>
        value is not { } v ? Missing
        : v.ToString((thousands ? "N" : "F") + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
