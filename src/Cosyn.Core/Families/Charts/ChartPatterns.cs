namespace Cosyn.Families.Charts;

/// <summary>Value shapes a template can declare.</summary>
public static class ChartPatterns
{
    public const string Seasonal = "seasonal";
    public const string Growth = "growth";
    public const string Decline = "decline";
    public const string Flat = "flat";
    public const string Random = "random";
}
