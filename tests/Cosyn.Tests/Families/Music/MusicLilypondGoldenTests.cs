using Cosyn.Families.Music;
using Cosyn.Families.Music.Writers.Lilypond;
using Cosyn.Tests.Families.Charts;

namespace Cosyn.Tests.Families.Music;

/// <summary>Generated tune JSON, LilyPond code and QA for fixed seeds, compared with reviewed files (COSYN_UPDATE_GOLDEN=1 rewrites them).</summary>
public sealed class MusicLilypondGoldenTests
{
    public static TheoryData<string, long, string> Cases => new()
    {
        { "melody-3", 3, MusicFigureTypes.Melody },
        { "lyrics-4", 4, MusicFigureTypes.Lyrics },
        { "lead-sheet-5", 5, MusicFigureTypes.LeadSheet },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sample_MatchesGoldenFile(string name, long seed, string figureType) =>
        GoldenFile.AssertMatches("music-lilypond", $"{name}.txt", ChartSamples.Describe(RoutedSamples.Make(new MusicLilypondPipeline(), seed, figureType)));
}
