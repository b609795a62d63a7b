using Cosyn.Families.Music;
using Cosyn.Families.Music.Writers.Lilypond;
using Cosyn.Tests.Families.Music.Checking;

namespace Cosyn.Tests.Families.Music;

/// <summary>Every sheet-music answer agrees with the independent checker, which reads only the tune's JSON and the question.</summary>
public sealed class MusicLilypondAnswerTests : RoutedAnswerCheckerTests
{
    public MusicLilypondAnswerTests()
        : base(new MusicLilypondPipeline(), (s, qa) => MusicAnswerChecker.Check(s.Data.Text, qa), MusicAnswerChecker.NotAnswerable, "This sheet music", new QaPair("What colour is the paper?", "White.", "White"))
    {
    }

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
