using Cosyn.Synthesis.Procedural;

namespace Cosyn.Tests.Testing;

/// <summary>
/// Base of the answer tests of a pipeline whose figure type routing fixes (<see cref="RoutedSamples"/>): every answer
/// agrees with the family's independent checker over every figure type and 300 seeds, corrupted answers and questions
/// about what the checker cannot know are rejected, and every sample has the paper's question mix.
/// </summary>
public abstract class RoutedAnswerCheckerTests
{
    private const int Seeds = 300;
    private readonly Func<ProceduralSample, QaPair, string?> _check;
    private readonly string _notAnswerable;
    private readonly string _summaryStart;
    private readonly QaPair _unrecognised;

    /// <summary>
    /// Tests <paramref name="pipeline"/> against <paramref name="check"/>, whose unanswerable reply is
    /// <paramref name="notAnswerable"/>, whose summaries start with <paramref name="summaryStart"/>, and which must call
    /// <paramref name="unrecognised"/> unrecognised.
    /// </summary>
    private protected RoutedAnswerCheckerTests(IProceduralPipeline pipeline, Func<ProceduralSample, QaPair, string?> check, string notAnswerable, string summaryStart, QaPair unrecognised)
    {
        Pipeline = pipeline;
        _check = check;
        _notAnswerable = notAnswerable;
        _summaryStart = summaryStart;
        _unrecognised = unrecognised;
    }

    private protected IProceduralPipeline Pipeline { get; }

    [Fact]
    public void GeneratedAnswers_AgreeWithIndependentChecker_ForEveryFigureTypeAndSeed()
    {
        var (failures, checkedCount) = RoutedSamples.Sweep(Pipeline, Seeds, _check);
        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedCount} answers disagree:\n" + string.Join("\n", failures.Take(25)));
        Assert.True(checkedCount >= Seeds * Pipeline.FigureTypes.Count * 10);
    }

    [Fact]
    public void Checker_RejectsEveryCorruptedAnswer() => RoutedSamples.AssertCheckerRejectsCorruptedAnswers(Pipeline, _check, _notAnswerable, _summaryStart);

    [Fact]
    public void Checker_RejectsAnUnrecognisedQuestion() => Assert.Contains("unrecognised", _check(RoutedSamples.Make(Pipeline, 1), _unrecognised));

    [Fact]
    public void EverySample_HasThePapersQuestionMix() => RoutedSamples.AssertQuestionMix(Pipeline, _notAnswerable, _summaryStart);
}
