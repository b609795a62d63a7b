using Cosyn.Families.Charts.Writers.Plotly;

namespace Cosyn.Tests.Families.Charts.Writers.Plotly;

/// <summary>chart-plotly data, code and QA for fixed seeds, compared with reviewed files (COSYN_UPDATE_GOLDEN=1 rewrites them).</summary>
public sealed class PlotlyGoldenTests
{
    public static TheoryData<string, long, string?> Cases => ChartSpread.GoldenCases;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sample_MatchesGoldenFile(string name, long seed, string? figureType) =>
        GoldenFile.AssertMatches("chart-plotly", $"{name}.txt", ChartSamples.Describe(ChartSamples.Make(new ChartPlotlyPipeline(), seed, figureType)));

    public static TheoryData<string, long, string?> ExtendedCases => new()
    {
        { "histogram-6", 6, "histogram" },
        { "box-8", 8, "box" },
        { "heatmap-9", 9, "heatmap" },
        { "waterfall-13", 13, "waterfall" },
        { "dual-axis-15", 15, "dual-axis" },
    };

    [Theory]
    [MemberData(nameof(ExtendedCases))]
    public void ExtendedSample_MatchesGoldenFile(string name, long seed, string? figureType) =>
        Sample_MatchesGoldenFile(name, seed, figureType);
}
