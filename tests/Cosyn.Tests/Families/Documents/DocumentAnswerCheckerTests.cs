using Cosyn.Tests.Families.Documents.Checking;
using Cosyn.Tests.Testing.Checking;

namespace Cosyn.Tests.Families.Documents;

/// <summary>Every generated document answer must agree with the independent checker, and the checker must catch wrong answers and broken data.</summary>
public sealed class DocumentAnswerCheckerTests
{
    private const int Seeds = 60;

    [Fact]
    public void GeneratedAnswers_AgreeWithIndependentChecker_ForEveryKindAndSeed()
    {
        var failures = new List<string>();
        var checkedCount = 0;
        foreach (var pipeline in DocumentSamples.Pipelines)
        {
            foreach (var kind in DocumentSamples.Pipeline(pipeline).FigureTypes)
            {
                for (var seed = 0; seed < Seeds; seed++)
                {
                    var sample = DocumentSamples.Make(pipeline, seed, kind);
                    foreach (var qa in sample.Qa)
                    {
                        checkedCount++;
                        if (DocumentAnswerChecker.Check(sample.Data.Text, qa) is { } problem)
                        {
                            failures.Add($"[{pipeline} {kind} seed {seed}] {problem}");
                        }
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedCount} answers disagree:\n" + string.Join("\n", failures.Take(30)));
        Assert.True(checkedCount >= Seeds * 16 * 10);
    }

    [Fact]
    public void Checker_RejectsEveryCorruptedAnswer()
    {
        foreach (var pipeline in DocumentSamples.Pipelines)
        {
            foreach (var kind in DocumentSamples.Pipeline(pipeline).FigureTypes)
            {
                for (var seed = 0; seed < 4; seed++)
                {
                    var sample = DocumentSamples.Make(pipeline, seed, kind);
                    foreach (var qa in sample.Qa)
                    {
                        var wrong = qa with { Answer = AnswerCorruption.Corrupt(qa.Answer, "This ", DocumentAnswerChecker.NotAnswerable) };
                        Assert.True(DocumentAnswerChecker.Check(sample.Data.Text, wrong) is not null, $"accepted '{wrong.Answer}' for: {qa.Question}");
                    }
                }
            }
        }
    }

    [Fact]
    public void Checker_RejectsDataWhoseTotalsDoNotAddUp()
    {
        var sample = DocumentSamples.Make("document-latex", 3, "invoice");
        var qa = sample.Qa.First(q => !q.Question.Contains('\n', StringComparison.Ordinal));
        var total = System.Text.RegularExpressions.Regex.Match(sample.Data.Text, "\"role\": \"total\",\\s*\"amount\": (?<a>[\\d.]+)");
        Assert.True(total.Success);
        var broken = sample.Data.Text.Replace(total.Value, total.Value.Replace(total.Groups["a"].Value, "1.23", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("printed total", DocumentAnswerChecker.Check(broken, qa));
    }

    [Fact]
    public void Checker_RejectsAnUnrecognisedQuestion()
    {
        var sample = DocumentSamples.Make("document-html", 1);
        Assert.Contains("unrecognised", DocumentAnswerChecker.Check(sample.Data.Text, new QaPair("Which font is the title in?", "It is bold.", "Bold")));
    }
}
