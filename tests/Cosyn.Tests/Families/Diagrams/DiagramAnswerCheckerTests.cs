using Cosyn.Tests.Families.Diagrams.Checking;
using Cosyn.Tests.Testing.Checking;

namespace Cosyn.Tests.Families.Diagrams;

/// <summary>Every generated diagram answer must agree with the independent checker, and the checker must catch wrong ones.</summary>
public sealed class DiagramAnswerCheckerTests
{
    private const int Seeds = 120;

    public static IEnumerable<(string Pipeline, string FigureType)> Cases =>
        DiagramSamples.Pipelines.SelectMany(p => DiagramSamples.Pipeline(p).FigureTypes.Select(f => (p, f)));

    [Fact]
    public void GeneratedAnswers_AgreeWithIndependentChecker_ForEveryFigureTypeAndSeed()
    {
        var failures = new List<string>();
        var checkedCount = 0;
        foreach (var (pipeline, figureType) in Cases)
        {
            for (var seed = 0; seed < Seeds; seed++)
            {
                var sample = DiagramSamples.Make(pipeline, seed, figureType);
                Assert.Equal(figureType, sample.Topic.FigureType);
                foreach (var qa in sample.Qa)
                {
                    checkedCount++;
                    if (DiagramAnswerChecker.Check(sample.Data.Text, qa) is { } problem)
                    {
                        failures.Add($"[{pipeline} {figureType} seed {seed}] {problem}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedCount} answers disagree:\n" + string.Join("\n", failures.Take(25)));
        Assert.True(checkedCount >= Seeds * Cases.Count() * 11, $"only {checkedCount} answers checked");
    }

    [Fact]
    public void Checker_RejectsEveryCorruptedAnswer()
    {
        foreach (var (pipeline, figureType) in Cases)
        {
            for (var seed = 0; seed < 4; seed++)
            {
                var sample = DiagramSamples.Make(pipeline, seed, figureType);
                foreach (var qa in sample.Qa)
                {
                    var wrong = qa with { Answer = AnswerCorruption.Corrupt(qa.Answer, "This ", DiagramAnswerChecker.NotAnswerable) };
                    Assert.True(DiagramAnswerChecker.Check(sample.Data.Text, wrong) is not null, $"accepted '{wrong.Answer}' for: {qa.Question}");
                }
            }
        }
    }

    [Fact]
    public void Checker_RejectsAnUnrecognisedQuestion()
    {
        var sample = DiagramSamples.Make("diagram-graphviz", 1);
        var made = new QaPair("Which font does the title use?", "It is bold.", "Bold");
        Assert.Contains("unrecognised", DiagramAnswerChecker.Check(sample.Data.Text, made));
    }

    [Fact]
    public void EverySample_HasThePapersQuestionMix()
    {
        foreach (var (pipeline, figureType) in Cases)
        {
            for (var seed = 0; seed < 40; seed++)
            {
                var qa = DiagramSamples.Make(pipeline, seed, figureType).Qa;
                QuestionMix.AssertPapersMix(qa, $"{pipeline} {figureType} seed {seed}", "This ", DiagramAnswerChecker.NotAnswerable);
            }
        }
    }

    [Fact]
    public void Query_PicksTheFigureTypeAndSubject()
    {
        var sample = DiagramSamples.Make("diagram-mermaid", 3, query: "gantt charts for a house renovation");
        Assert.Equal("gantt", sample.Topic.FigureType);
        Assert.Equal("House renovation", sample.Topic.Topic);
    }

    [Fact]
    public void Persona_ConditionsTheSubject()
    {
        // The persona's strongest domain wins most of the time (a runner-up domain sometimes, by design).
        string Usual(string persona) => Enumerable.Range(0, 20)
            .Select(seed => DiagramSamples.Make("diagram-graphviz", seed, "flowchart", persona: persona).Topic.Topic)
            .GroupBy(t => t).MaxBy(g => g.Count())!.Key;
        Assert.Equal("Emergency department triage", Usual("A night-shift nurse at a busy city hospital"));
        Assert.Equal("Continuous deployment pipeline", Usual("A software developer who maintains the company's cloud servers"));
    }
}
