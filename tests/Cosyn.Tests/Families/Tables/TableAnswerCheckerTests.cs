using Cosyn.Families.Tables;
using Cosyn.Tests.Families.Tables.Checking;
using Cosyn.Tests.Testing.Checking;

namespace Cosyn.Tests.Families.Tables;

/// <summary>Every generated table answer must agree with the independent checker, and the checker must catch wrong ones.</summary>
public sealed class TableAnswerCheckerTests
{
    private const int Seeds = 300;

    private static readonly string[] AllFigureTypes =
    [
        TableFigureTypes.Simple, TableFigureTypes.GroupedHeader, TableFigureTypes.Totals, TableFigureTypes.Highlighted,
        TableFigureTypes.Wide, TableFigureTypes.LongRows,
    ];

    [Fact]
    public void GeneratedAnswers_AgreeWithIndependentChecker_ForEveryPipelineAndSeed()
    {
        var samples = AnswerSweep.Samples(TableSamples.Pipelines, Seeds, (pipeline, seed) => TableSamples.Make(pipeline, seed));
        var checkedCount = AnswerSweep.AssertAllAgree(samples, (s, qa) => TableAnswerChecker.Check(s.Data.Text, qa));
        Assert.True(checkedCount >= Seeds * TableSamples.Pipelines.Count * 11);
    }

    [Fact]
    public void GeneratedAnswers_AgreeWithIndependentChecker_ForEveryFigureType()
    {
        var failures = (from figureType in AllFigureTypes
                        from seed in Enumerable.Range(500, Seeds)
                        let sample = TableSamples.Make("table-html", seed, figureType)
                        from qa in sample.Qa
                        let problem = TableAnswerChecker.Check(sample.Data.Text, qa)
                        where problem is not null
                        select $"[{figureType} seed {seed}] {problem}").ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} disagree:\n" + string.Join("\n", failures.Take(25)));
    }

    [Fact]
    public void Checker_RejectsEveryCorruptedAnswer() => AnswerSweep.AssertRejectsCorrupted(
        AnswerSweep.Samples(AllFigureTypes, 5, (figureType, seed) => TableSamples.Make("table-html", seed, figureType)).Select(s => s.Sample),
        (s, qa) => TableAnswerChecker.Check(s.Data.Text, qa),
        "This table",
        TableAnswerChecker.NotAnswerable);

    [Fact]
    public void Checker_RejectsAnUnrecognisedQuestion()
    {
        var sample = TableSamples.Make("table-html", 1);
        var made = new QaPair("Which font does the header use?", "It is bold.", "Bold");
        Assert.Contains("unrecognised", TableAnswerChecker.Check(sample.Data.Text, made));
    }

    [Fact]
    public void EverySample_HasThePapersQuestionMix()
    {
        foreach (var pipeline in TableSamples.Pipelines)
        {
            for (var seed = 0; seed < 60; seed++)
            {
                var qa = TableSamples.Make(pipeline, seed).Qa;
                QuestionMix.AssertPapersMix(qa, $"{pipeline} seed {seed}", "This table", TableAnswerChecker.NotAnswerable);
            }
        }
    }
}
