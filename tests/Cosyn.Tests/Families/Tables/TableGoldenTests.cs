using System.Runtime.CompilerServices;

namespace Cosyn.Tests.Families.Tables;

/// <summary>Generated data, code and QA for fixed seeds per table pipeline, compared with reviewed files (COSYN_UPDATE_GOLDEN=1 rewrites them).</summary>
public sealed class TableGoldenTests
{
    public static TheoryData<string, long> Cases()
    {
        var data = new TheoryData<string, long>();
        foreach (var pipeline in new[] { "table-latex", "table-matplotlib", "table-plotly", "table-html" })
        {
            foreach (var seed in new long[] { 4, 7, 42 })
            {
                data.Add(pipeline, seed);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sample_MatchesGoldenFile(string pipeline, long seed)
    {
        var actual = TableSamples.Make(pipeline, seed).Describe();
        var file = $"seed-{seed}.txt";
        if (Environment.GetEnvironmentVariable("COSYN_UPDATE_GOLDEN") == "1")
        {
            var folder = Path.Combine(SourceGoldenDirectory(), pipeline);
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, file), actual);
            return;
        }

        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", pipeline, file));
        Assert.Equal(expected, actual);
    }

    private static string SourceGoldenDirectory([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "Golden");
}
