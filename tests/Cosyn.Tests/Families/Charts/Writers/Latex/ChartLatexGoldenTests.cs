using Cosyn.Families.Charts.Writers.Latex;

namespace Cosyn.Tests.Families.Charts.Writers.Latex;

/// <summary>Generated chart-latex data, code and QA for fixed seeds, compared with reviewed files (COSYN_UPDATE_GOLDEN=1 rewrites them).</summary>
public sealed class ChartLatexGoldenTests
{
    public static TheoryData<string, long, string?> Cases => new()
    {
        { "seed-7", 7, null },
        { "stacked-bar-3", 3, "stacked bar" },
        { "pie-11", 11, "pie" },
        { "scatter-5", 5, "scatter" },
        { "line-gap-2", 2, "line" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sample_MatchesGoldenFile(string name, long seed, string? figureType) =>
        GoldenFile.AssertMatches("chart-latex", $"{name}.txt", ChartSamples.Describe(PipelineSamples.Make(new ChartLatexPipeline(), seed, figureType)));
}
