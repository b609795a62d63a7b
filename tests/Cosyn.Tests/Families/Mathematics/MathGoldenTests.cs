using Cosyn.Tests.Families.Tables;

namespace Cosyn.Tests.Families.Mathematics;

/// <summary>Generated data, code and QA for fixed seeds per math and geometry pipeline, compared with reviewed files (COSYN_UPDATE_GOLDEN=1 rewrites them).</summary>
public sealed class MathGoldenTests
{
    public static TheoryData<string, long> Cases() => GoldenFile.Cases(MathSamples.Pipelines);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sample_MatchesGoldenFile(string pipeline, long seed) =>
        GoldenFile.AssertMatches(pipeline, $"seed-{seed}.txt", MathSamples.Make(pipeline, seed).Describe());
}
