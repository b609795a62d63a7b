using Cosyn.Families.Points;
using Cosyn.Families.Screens;

namespace Cosyn.Tests.Families.Screens;

/// <summary>Generated data, HTML and QA for fixed seeds of every screen kind and pointing figure type, compared with reviewed files (COSYN_UPDATE_GOLDEN=1 rewrites them).</summary>
public sealed class ScreenGoldenTests
{
    public static TheoryData<string, string, long> Cases()
    {
        var data = new TheoryData<string, string, long>();
        foreach (var kind in ScreenKinds.All)
        {
            data.Add("screen-html", kind, 7);
        }

        foreach (var figureType in PointKinds.All)
        {
            data.Add("point-html", figureType, 4);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sample_MatchesGoldenFile(string pipeline, string figureType, long seed) =>
        GoldenFile.AssertMatches(pipeline, $"{figureType.Replace(' ', '-')}-seed-{seed}.txt", ScreenSamples.Make(pipeline, seed, figureType).Describe());
}
