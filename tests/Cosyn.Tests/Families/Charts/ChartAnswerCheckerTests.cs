using Cosyn.Catalog;
using Cosyn.Tests.Families.Charts.Checking;
using Cosyn.Tests.Testing.Checking;

namespace Cosyn.Tests.Families.Charts;

/// <summary>Every generated answer must agree with the independent checker, and the checker must catch wrong ones.</summary>
public sealed class ChartAnswerCheckerTests
{
    private const int Seeds = 200;

    [Fact]
    public void GeneratedAnswers_AgreeWithIndependentChecker_ForEveryFigureTypeAndSeed() =>
        ChartAnswerSweep.AssertAllAgree(PipelineCatalog.Find("chart-matplotlib")!.CreateProcedural(), Seeds);

    [Fact]
    public void GeneratedAnswers_AgreeWithIndependentChecker_WhenThePipelinePicksTheFigureType()
    {
        var failures = Enumerable.Range(1000, Seeds)
            .Select(seed => ChartSamples.Make(seed))
            .SelectMany(s => s.Qa.Select(qa => ChartAnswerChecker.Check(s.Data.Text, s.Topic.Topic, s.Topic.FigureType, qa)))
            .OfType<string>()
            .ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(25)));
    }

    [Fact]
    public void Checker_RejectsEveryCorruptedAnswer()
    {
        foreach (var figureType in ChartSamples.FigureTypes)
        {
            var sample = ChartSamples.Make(3, figureType);
            foreach (var qa in sample.Qa)
            {
                var wrong = qa with { Answer = AnswerCorruption.Corrupt(qa.Answer, "This ", ChartAnswerChecker.NotAnswerable) };
                Assert.NotNull(ChartAnswerChecker.Check(sample.Data.Text, sample.Topic.Topic, figureType, wrong));
            }
        }
    }

    [Fact]
    public void Checker_RejectsAnUnrecognisedQuestion()
    {
        var sample = ChartSamples.Make(1, "bar");
        var made = new QaPair("What colour is the third bar?", "It is blue.", "Blue");
        Assert.Contains("unrecognised", ChartAnswerChecker.Check(sample.Data.Text, sample.Topic.Topic, "bar", made));
    }

    [Fact]
    public void EverySample_HasThePapersQuestionMix()
    {
        foreach (var figureType in ChartSamples.FigureTypes)
        {
            for (var seed = 0; seed < 50; seed++)
            {
                var qa = ChartSamples.Make(seed, figureType).Qa;
                QuestionMix.AssertPapersMix(qa, $"{figureType} seed {seed}", "This ", ChartAnswerChecker.NotAnswerable);
            }
        }
    }
}
