namespace Cosyn.Tests.Families.Documents;

/// <summary>Generated data, code and QA for fixed seeds per document pipeline, compared with reviewed files (COSYN_UPDATE_GOLDEN=1 rewrites them).</summary>
public sealed class DocumentGoldenTests
{
    public static TheoryData<string, long> Cases() => GoldenFile.Cases(DocumentSamples.Pipelines);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sample_MatchesGoldenFile(string pipeline, long seed) =>
        GoldenFile.AssertMatches(pipeline, $"seed-{seed}.txt", DocumentSamples.Make(pipeline, seed).Describe());
}
