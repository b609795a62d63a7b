using Cosyn.Families.Charts.Writers.VegaLite;

namespace Cosyn.Tests.Families.Charts.Writers.VegaLite;

/// <summary>chart-vegalite data, code and QA for fixed seeds, compared with reviewed files (COSYN_UPDATE_GOLDEN=1 rewrites them).</summary>
public sealed class VegaLiteGoldenTests
{
    public static TheoryData<string, long, string?> Cases => ChartSpread.GoldenCases;

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sample_MatchesGoldenFile(string name, long seed, string? figureType) =>
        GoldenFile.AssertMatches("chart-vegalite", $"{name}.txt", ChartSamples.Describe(ChartSamples.Make(new ChartVegaLitePipeline(), seed, figureType)));

    public static TheoryData<string, long, string?> ExtendedCases => new()
    {
        { "bubble-4", 4, "bubble" },
        { "histogram-6", 6, "histogram" },
        { "heatmap-9", 9, "heatmap" },
    };

    [Theory]
    [MemberData(nameof(ExtendedCases))]
    public void ExtendedSample_MatchesGoldenFile(string name, long seed, string? figureType) =>
        Sample_MatchesGoldenFile(name, seed, figureType);
}
