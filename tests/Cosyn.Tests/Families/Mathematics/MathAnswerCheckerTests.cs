using Cosyn.Synthesis.Procedural;
using Cosyn.Tests.Families.Mathematics.Checking;
using Cosyn.Tests.Testing.Checking;

namespace Cosyn.Tests.Families.Mathematics;

/// <summary>Every math and geometry answer and solution step agrees with the independent checker, which also rejects corrupted answers.</summary>
public sealed class MathAnswerCheckerTests
{
    private const int Seeds = 120;

    [Fact]
    public void StepsAndAnswers_AgreeWithIndependentChecker_ForEveryPipelineFigureTypeAndSeed()
    {
        var cases = MathSamples.Pipelines.SelectMany(name => ProceduralPipelines.All.Single(p => p.Name == name).FigureTypes.Where(MathFigureType).Select(f => (Pipeline: name, FigureType: f)));
        var samples = AnswerSweep.Samples(cases, Seeds, (c, seed) => MathSamples.Make(c.Pipeline, seed, c.FigureType)).ToList();
        var stepFailures = samples.SelectMany(s => MathAnswerChecker.CheckSteps(s.Sample.Data.Text).Select(f => $"[{s.Label}] {f}")).ToList();
        Assert.True(stepFailures.Count == 0, $"{stepFailures.Count} solution steps disagree:\n" + string.Join("\n", stepFailures.Take(25)));
        var checkedCount = AnswerSweep.AssertAllAgree(samples, (s, qa) => MathAnswerChecker.Check(s.Data.Text, qa));
        Assert.True(checkedCount > Seeds * 11 * 10);
    }

    // graphic-svg also draws infographics, icon panels and maps: GraphicAnswerCheckerTests covers those.
    private static bool MathFigureType(string figureType) => figureType is not ("infographic" or "icon with labels" or "map");

    [Fact]
    public void Checker_RejectsEveryCorruptedAnswer() => AnswerSweep.AssertRejectsCorrupted(
        AnswerSweep.Samples(MathSamples.Pipelines, 20, (name, seed) => MathSamples.Make(name, seed, name == "graphic-svg" ? "geometry problem" : null)).Select(s => s.Sample),
        (s, qa) => MathAnswerChecker.Check(s.Data.Text, qa),
        "This problem",
        MathAnswerChecker.ProblemNotAnswerable,
        MathAnswerChecker.FigureNotAnswerable);

    [Fact]
    public void Checker_RejectsACorruptedStep()
    {
        var sample = MathSamples.Make("math-latex", 3);
        var json = System.Text.Json.Nodes.JsonNode.Parse(sample.Data.Text)!;
        var step = json["solution"]!["steps"]![0]!;
        step["value"] = step["value"]!.GetValue<string>() + "1";
        Assert.NotEmpty(MathAnswerChecker.CheckSteps(json.ToJsonString()));
    }

    [Fact]
    public void EverySample_HasThePapersQuestionMix()
    {
        foreach (var name in MathSamples.Pipelines)
        {
            for (var seed = 0; seed < 80; seed++)
            {
                var qa = MathSamples.Make(name, seed, name == "graphic-svg" ? "geometry problem" : null).Qa;
                QuestionMix.AssertPapersMix(qa, $"{name} seed {seed}", "This problem", MathAnswerChecker.ProblemNotAnswerable, MathAnswerChecker.FigureNotAnswerable);
            }
        }
    }

    [Theory]
    [InlineData("math-latex", "probability", "probability")]
    [InlineData("math-latex", null, "roll two dice")]
    [InlineData("graphic-asymptote", "solid", null)]
    [InlineData("graphic-asymptote", null, "circle sector arc length")]
    public void FigureTypeAndQuery_AreHonoured(string pipeline, string? figureType, string? query)
    {
        for (var seed = 0; seed < 10; seed++)
        {
            var sample = MathSamples.Make(pipeline, seed, figureType, query);
            if (figureType is not null)
            {
                Assert.Equal(figureType, sample.Topic.FigureType);
            }

            if (query is "roll two dice")
            {
                Assert.Contains("\"dice-sum\"", sample.Data.Text, StringComparison.Ordinal);
            }

            if (query is "circle sector arc length")
            {
                Assert.Equal("circle", sample.Topic.FigureType);
            }
        }
    }
}
