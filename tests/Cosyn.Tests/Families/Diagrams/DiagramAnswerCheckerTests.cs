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
        var checkedCount = AnswerSweep.AssertAllAgree(AnswerSweep.Samples(Cases, Seeds, Make), (s, qa) => DiagramAnswerChecker.Check(s.Data.Text, qa));
        Assert.True(checkedCount >= Seeds * Cases.Count() * 11, $"only {checkedCount} answers checked");
    }

    [Fact]
    public void Checker_RejectsEveryCorruptedAnswer() => AnswerSweep.AssertRejectsCorrupted(
        AnswerSweep.Samples(Cases, 4, Make).Select(s => s.Sample), (s, qa) => DiagramAnswerChecker.Check(s.Data.Text, qa), "This ", DiagramAnswerChecker.NotAnswerable);

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

    // A sample of the case's figure type (which it must have: the figure type is fixed through the ticket).
    private static ProceduralSample Make((string Pipeline, string FigureType) c, long seed)
    {
        var sample = DiagramSamples.Make(c.Pipeline, seed, c.FigureType);
        Assert.Equal(c.FigureType, sample.Topic.FigureType);
        return sample;
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
