using Cosyn.Families.Charts.Writers.Html;

namespace Cosyn.Tests.Families.Charts.Writers.Html;

/// <summary>Generated chart-html data, code and QA for fixed seeds, compared with reviewed files (COSYN_UPDATE_GOLDEN=1 rewrites them).</summary>
public sealed class ChartHtmlGoldenTests
{
    public static TheoryData<string, long, string?> Cases => new()
    {
        { "seed-7", 7, null },
        { "stacked-bar-3", 3, "stacked bar" },
        { "donut-11", 11, "donut" },
        { "line-gap-2", 2, "line" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sample_MatchesGoldenFile(string name, long seed, string? figureType) =>
        GoldenFile.AssertMatches("chart-html", $"{name}.txt", ChartSamples.Describe(PipelineSamples.Make(new ChartHtmlPipeline(), seed, figureType)));
}
