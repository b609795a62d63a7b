using Cosyn.Families.Music;
using Cosyn.Families.Music.Writers.Lilypond;

namespace Cosyn.Tests.Families.Music;

/// <summary>music-lilypond beyond the answer checks every routed pipeline shares (<see cref="RoutedAnswerCheckerTests"/>): measures fill their time signature and scores stay batchable.</summary>
public sealed class MusicLilypondAnswerTests
{
    private static readonly MusicLilypondPipeline Pipeline = new();

    [Fact]
    public void EveryMeasure_FillsItsTimeSignature_AndScoresStaySchemeFree()
    {
        for (var seed = 0; seed < 200; seed++)
        {
            var sample = RoutedSamples.Make(Pipeline, seed);
            var spec = (MusicSpec)sample.Data.Model;
            var beats = decimal.Parse(spec.Time[..1], System.Globalization.CultureInfo.InvariantCulture);
            Assert.All(spec.Measures, m => Assert.Equal(beats, m.Notes.Sum(n => n.Beats)));
            Assert.True(Cosyn.Rendering.Lilypond.LilypondBatching.IsBatchable(sample.Code), $"seed {seed} is not batchable:\n{sample.Code}");
        }
    }
}
