namespace Cosyn.Families.Charts;

/// <summary>Axis kinds a template can declare.</summary>
public static class ChartTemplateAxes
{
    public const string Month = "month";
    public const string Quarter = "quarter";
    public const string Year = "year";
    public const string Weekday = "weekday";
    public const string Category = "category";
    public const string Xy = "xy";
}
