using Cosyn.Pipelines.ChartPlotly;

namespace Cosyn.Tests.Charts.Plotly;

/// <summary>chart-plotly data, code and QA for fixed seeds, compared with reviewed files (COSYN_UPDATE_GOLDEN=1 rewrites them).</summary>
public sealed class PlotlyGoldenTests
{
    public static TheoryData<string, long, string?> Cases => new()
    {
        { "seed-7", 7, null },
        { "stacked-bar-3", 3, "stacked bar" },
        { "donut-11", 11, "donut" },
        { "scatter-5", 5, "scatter" },
        { "multi-line-2", 2, "multi-line" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sample_MatchesGoldenFile(string name, long seed, string? figureType) =>
        GoldenFile.AssertMatches("chart-plotly", $"{name}.txt", ChartSamples.Describe(ChartSamples.Make(new ChartPlotlyPipeline(), seed, figureType)));
}
