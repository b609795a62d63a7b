namespace Cosyn.Families.Screens.Writers.Html;

/// <summary>Numbers as screens show them: thousands separators and fixed decimals (answers drop both).</summary>
public static class ScreenFormat
{
    public static string Money(string currency, decimal value) => currency + value.ToString("#,##0.00", CultureInfo.InvariantCulture);

    public static string Number(decimal value, int decimals) => value.ToString("#,##0" + (decimals > 0 ? "." + new string('0', decimals) : string.Empty), CultureInfo.InvariantCulture);

    /// <summary>A signed percentage with one decimal, e.g. <c>+4.2%</c>.</summary>
    public static string Change(decimal percent) => (percent > 0 ? "+" : string.Empty) + percent.ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
