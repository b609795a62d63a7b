using System.Runtime.CompilerServices;

namespace Cosyn.Tests.Charts;

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
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sample_MatchesGoldenFile(string name, long seed, string? figureType)
    {
        var actual = ChartSamples.Describe(ChartSamples.Make(seed, figureType));
        var file = $"{name}.txt";
        if (Environment.GetEnvironmentVariable("COSYN_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(SourceGoldenDirectory(), file), actual);
            return;
        }

        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", "chart-matplotlib", file));
        Assert.Equal(expected, actual);
    }

    private static string SourceGoldenDirectory([CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "..", "Golden", "chart-matplotlib");
}
