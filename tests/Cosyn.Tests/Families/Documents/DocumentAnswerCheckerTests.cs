using Cosyn.Tests.Families.Documents.Checking;

namespace Cosyn.Tests.Families.Documents;

/// <summary>Every generated document answer must agree with the independent checker, and the checker must catch wrong answers and broken data.</summary>
public sealed class DocumentAnswerCheckerTests
{
    private const int Seeds = 60;

    private static IEnumerable<(string Pipeline, string Kind)> Cases =>
        DocumentSamples.Pipelines.SelectMany(p => DocumentSamples.Pipeline(p).FigureTypes.Select(k => (p, k)));

    [Fact]
    public void GeneratedAnswers_AgreeWithIndependentChecker_ForEveryKindAndSeed()
    {
        var checkedCount = AnswerSweep.AssertAllAgree(AnswerSweep.Samples(Cases, Seeds, Make), (s, qa) => DocumentAnswerChecker.Check(s.Data.Text, qa));
        Assert.True(checkedCount >= Seeds * 16 * 10);
    }

    [Fact]
    public void Checker_RejectsEveryCorruptedAnswer() => AnswerSweep.AssertRejectsCorrupted(
        AnswerSweep.Samples(Cases, 4, Make).Select(s => s.Sample), (s, qa) => DocumentAnswerChecker.Check(s.Data.Text, qa), "This ", DocumentAnswerChecker.NotAnswerable);

    private static ProceduralSample Make((string Pipeline, string Kind) c, long seed) => DocumentSamples.Make(c.Pipeline, seed, c.Kind);

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
