using Cosyn.Families.Chemistry.Writers.Rdkit;
using Cosyn.Families.Circuits.Writers.Latex;
using Cosyn.Families.Music.Writers.Lilypond;
using Cosyn.Synthesis.Procedural;
using Cosyn.Tests.Families.Chemistry;
using Cosyn.Tests.Families.Chemistry.Checking;
using Cosyn.Tests.Families.Circuits.Checking;
using Cosyn.Tests.Families.Music.Checking;

namespace Cosyn.Tests.Families;

/// <summary>
/// The answer tests of the pipelines whose figure type routing fixes (<see cref="RoutedSamples"/>): every answer agrees
/// with the family's independent checker over every figure type and 300 seeds, corrupted answers and questions about
/// what the checker cannot know are rejected, and every sample has the paper's question mix.
/// </summary>
public sealed class RoutedAnswerCheckerTests
{
    private const int Seeds = 300;

    private static readonly Dictionary<string, CheckedPipeline> Pipelines = new(StringComparer.Ordinal)
    {
        ["circuit-latex"] = new(
            new CircuitLatexPipeline(),
            (s, qa) => CircuitAnswerChecker.Check(s.Data.Text, qa),
            CircuitAnswerChecker.NotAnswerable,
            "This circuit diagram",
            new QaPair("What colour are the wires?", "Black.", "Black")),
        ["music-lilypond"] = new(
            new MusicLilypondPipeline(),
            (s, qa) => MusicAnswerChecker.Check(s.Data.Text, qa),
            MusicAnswerChecker.NotAnswerable,
            "This sheet music",
            new QaPair("What colour is the paper?", "White.", "White")),
        ["chemical-rdkit"] = new(
            new ChemicalRdkitPipeline(),
            (s, qa) => ChemicalAnswerChecker.Check(ChemicalRdkitAnswerTests.Facts.Value[s.Data.Text], s.Code, qa),
            ChemicalAnswerChecker.NotAnswerable,
            "This molecule drawing",
            new QaPair("What colour is the background?", "White.", "White")),
    };

    public static TheoryData<string> Names => [.. Pipelines.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void GeneratedAnswers_AgreeWithIndependentChecker_ForEveryFigureTypeAndSeed(string pipeline)
    {
        var (p, check, _, _, _) = Pipelines[pipeline];
        var (failures, checkedCount) = RoutedSamples.Sweep(p, Seeds, check);
        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedCount} answers disagree:\n" + string.Join("\n", failures.Take(25)));
        Assert.True(checkedCount >= Seeds * p.FigureTypes.Count * 10);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Checker_RejectsEveryCorruptedAnswer(string pipeline)
    {
        var c = Pipelines[pipeline];
        RoutedSamples.AssertCheckerRejectsCorruptedAnswers(c.Pipeline, c.Check, c.NotAnswerable, c.SummaryStart);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Checker_RejectsAnUnrecognisedQuestion(string pipeline)
    {
        var c = Pipelines[pipeline];
        Assert.Contains("unrecognised", c.Check(RoutedSamples.Make(c.Pipeline, 1), c.Unrecognised));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void EverySample_HasThePapersQuestionMix(string pipeline)
    {
        var c = Pipelines[pipeline];
        RoutedSamples.AssertQuestionMix(c.Pipeline, c.NotAnswerable, c.SummaryStart);
    }

    /// <summary>A pipeline with its checker, the checker's unanswerable reply, how its summaries start, and a question the checker must call unrecognised.</summary>
    private sealed record CheckedPipeline(IProceduralPipeline Pipeline, Func<ProceduralSample, QaPair, string?> Check, string NotAnswerable, string SummaryStart, QaPair Unrecognised);
}
