namespace Cosyn.Families.Charts;

/// <summary>Dataset kinds beyond a value per category, declared by a template's <c>kind</c>.</summary>
public static class ChartTemplateKinds
{
    /// <summary>Individual observations of one measure, grouped (histogram, box).</summary>
    public const string Observations = "observations";

    /// <summary>Ordered stages each reached by fewer than the one before (funnel).</summary>
    public const string Stages = "stages";

    /// <summary>A starting level, signed changes and the resulting end level (waterfall).</summary>
    public const string Bridge = "bridge";

    /// <summary>Daily open, high, low and close prices (candlestick).</summary>
    public const string Ohlc = "ohlc";
}
