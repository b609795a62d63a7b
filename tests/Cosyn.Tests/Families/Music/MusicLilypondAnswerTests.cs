using Cosyn.Families.Music;
using Cosyn.Families.Music.Writers.Lilypond;
using Cosyn.Tests.Families.Music.Checking;

namespace Cosyn.Tests.Families.Music;

/// <summary>Every sheet-music answer agrees with the independent checker, which reads only the tune's JSON and the question.</summary>
public sealed class MusicLilypondAnswerTests
{
    private const int Seeds = 300;

    private static readonly MusicLilypondPipeline Pipeline = new();

    [Fact]
    public void GeneratedAnswers_AgreeWithIndependentChecker_ForEveryFigureTypeAndSeed()
    {
        var (failures, checkedCount) = RoutedSamples.Sweep(Pipeline, Seeds, (s, qa) => MusicAnswerChecker.Check(s.Data.Text, qa));
        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedCount} answers disagree:\n" + string.Join("\n", failures.Take(25)));
        Assert.True(checkedCount >= Seeds * Pipeline.FigureTypes.Count * 10);
    }

    [Fact]
    public void Checker_RejectsEveryCorruptedAnswer() =>
        RoutedSamples.AssertCheckerRejectsCorruptedAnswers(Pipeline, (s, qa) => MusicAnswerChecker.Check(s.Data.Text, qa), MusicAnswerChecker.NotAnswerable, "This sheet music");

    [Fact]
    public void Checker_RejectsAnUnrecognisedQuestion()
    {
        var sample = RoutedSamples.Make(Pipeline, 1);
        Assert.Contains("unrecognised", MusicAnswerChecker.Check(sample.Data.Text, new QaPair("What colour is the paper?", "White.", "White")));
    }

    [Fact]
    public void EverySample_HasThePapersQuestionMix() => RoutedSamples.AssertQuestionMix(Pipeline, MusicAnswerChecker.NotAnswerable, "This sheet music");

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
