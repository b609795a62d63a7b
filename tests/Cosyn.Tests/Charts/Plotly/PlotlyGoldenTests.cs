using Cosyn.Pipelines.ChartPlotly;

namespace Cosyn.Tests.Charts.Plotly;

/// <summary>chart-plotly data, code and QA for fixed seeds, compared with reviewed files (COSYN_UPDATE_GOLDEN=1 rewrites them).</summary>
public sealed class PlotlyGoldenTests
{
    public static TheoryData<string, long, string?> Cases => ChartSpread.GoldenCases;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sample_MatchesGoldenFile(string name, long seed, string? figureType) =>
        GoldenFile.AssertMatches("chart-plotly", $"{name}.txt", ChartSamples.Describe(ChartSamples.Make(new ChartPlotlyPipeline(), seed, figureType)));
}
