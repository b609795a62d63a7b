using Cosyn.Families.Tables;
using Cosyn.Tests.Families.Tables.Checking;

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
        var failures = new List<string>();
        var checkedCount = 0;
        foreach (var pipeline in TableSamples.Pipelines)
        {
            for (var seed = 0; seed < Seeds; seed++)
            {
                var sample = TableSamples.Make(pipeline, seed);
                foreach (var qa in sample.Qa)
                {
                    checkedCount++;
                    if (TableAnswerChecker.Check(sample.Data.Text, qa) is { } problem)
                    {
                        failures.Add($"[{pipeline} seed {seed}] {problem}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedCount} answers disagree:\n" + string.Join("\n", failures.Take(25)));
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
    public void Checker_RejectsEveryCorruptedAnswer()
    {
        foreach (var figureType in AllFigureTypes)
        {
            for (var seed = 0; seed < 5; seed++)
            {
                var sample = TableSamples.Make("table-html", seed, figureType);
                foreach (var qa in sample.Qa)
                {
                    var wrong = qa with { Answer = Corrupt(qa.Answer) };
                    Assert.True(TableAnswerChecker.Check(sample.Data.Text, wrong) is not null, $"accepted '{wrong.Answer}' for: {qa.Question}");
                }
            }
        }
    }

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
                var choice = qa.Count(q => q.Question.Contains("\nA. ", StringComparison.Ordinal));
                var yesNo = qa.Count(q => q.Answer is "Yes" or "No");
                var unanswerable = qa.Count(q => q.Answer == TableAnswerChecker.NotAnswerable);
                var summary = qa.Count(q => q.Answer.StartsWith("This table", StringComparison.Ordinal));
                var shortAnswers = qa.Count - choice - yesNo - unanswerable - summary;
                Assert.True(shortAnswers >= 5 && choice >= 2 && yesNo >= 1 && unanswerable >= 1 && summary >= 1, $"{pipeline} seed {seed}: {shortAnswers}/{choice}/{yesNo}/{unanswerable}/{summary}");
                Assert.Equal(qa.Count, qa.Select(q => q.Question).Distinct().Count());
            }
        }
    }

    // A wrong answer of the same shape: numbers shift, Yes flips, option letters move, text changes.
    private static string Corrupt(string answer) => answer switch
    {
        "Yes" => "No",
        "No" => "Yes",
        "A" => "B",
        "B" or "C" or "D" => "A",
        TableAnswerChecker.NotAnswerable => "42",
        _ when answer.StartsWith("This table", StringComparison.Ordinal) => answer[..20],
        _ when decimal.TryParse(answer, CultureInfo.InvariantCulture, out var n) => (n + 1).ToString(CultureInfo.InvariantCulture),
        _ => "Something else",
    };
}
