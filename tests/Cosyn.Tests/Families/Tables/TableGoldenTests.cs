namespace Cosyn.Tests.Families.Tables;

/// <summary>Generated data, code and QA for fixed seeds per table pipeline, compared with reviewed files (COSYN_UPDATE_GOLDEN=1 rewrites them).</summary>
public sealed class TableGoldenTests
{
    public static TheoryData<string, long> Cases() => GoldenFile.Cases(["table-latex", "table-matplotlib", "table-plotly", "table-html"]);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sample_MatchesGoldenFile(string pipeline, long seed) =>
        GoldenFile.AssertMatches(pipeline, $"seed-{seed}.txt", TableSamples.Make(pipeline, seed).Describe());
}
