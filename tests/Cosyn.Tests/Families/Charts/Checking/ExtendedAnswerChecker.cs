using Cosyn.Tests.Families.Tables.Checking;

namespace Cosyn.Tests.Families.Charts.Checking;

/// <summary>Routes questions of the extended figure types to their own checks before the value-per-category ones.</summary>
internal static class ExtendedAnswerChecker
{
    /// <summary>The answer when <paramref name="q"/> is one of the type's own questions; null to fall back to the shared patterns.</summary>
    public static string? Solve(CheckerTable t, string csv, string q, string hints) => t.FigureType switch
    {
        "histogram" => HistogramChecks.Solve(csv, q, hints),
        "box" => BoxChecks.Solve(csv, q),
        "waterfall" => WaterfallChecks.Solve(t, q),
        "candlestick" => CandlestickChecks.Solve(t, q),
        "dual-axis" => DualAxisChecks.Solve(t, q),
        "funnel" => FunnelChecks.Solve(t, q),
        "bubble" => BubbleChecks.Solve(t, q),
        _ => null,
    };

    /// <summary>Whether the type's summary is checked here rather than by the shared summary check.</summary>
    public static bool OwnsSummary(string figureType) => figureType is "histogram" or "box" or "waterfall" or "candlestick" or "dual-axis";

    public static string? Summary(CheckerTable t, string csv, string title, string answer) => t.FigureType switch
    {
        "histogram" => HistogramChecks.Summary(csv, title, answer),
        "box" => BoxChecks.Summary(csv, title, answer),
        "waterfall" => WaterfallChecks.Summary(t, title, answer),
        "candlestick" => CandlestickChecks.Summary(t, title, answer),
        _ => DualAxisChecks.Summary(t, title, answer),
    };
}
