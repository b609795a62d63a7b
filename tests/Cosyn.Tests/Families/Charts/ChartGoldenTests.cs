namespace Cosyn.Tests.Families.Charts;

/// <summary>Generated data, code and QA for fixed seeds, compared with reviewed files (COSYN_UPDATE_GOLDEN=1 rewrites them).</summary>
public sealed class ChartGoldenTests
{
    public static TheoryData<string, long, string?> Cases => new()
    {
        { "seed-7", 7, null },
        { "seed-42", 42, null },
        { "stacked-bar-3", 3, "stacked bar" },
        { "donut-11", 11, "donut" },
        { "scatter-5", 5, "scatter" },
        { "line-gap-2", 2, "line" },
        { "bubble-4", 4, "bubble" },
        { "histogram-6", 6, "histogram" },
        { "box-8", 8, "box" },
        { "heatmap-9", 9, "heatmap" },
        { "radar-10", 10, "radar" },
        { "funnel-12", 12, "funnel" },
        { "waterfall-13", 13, "waterfall" },
        { "candlestick-14", 14, "candlestick" },
        { "dual-axis-15", 15, "dual-axis" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sample_MatchesGoldenFile(string name, long seed, string? figureType) =>
        GoldenFile.AssertMatches("chart-matplotlib", $"{name}.txt", ChartSamples.Describe(ChartSamples.Make(seed, figureType)));
}
