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
        var failures = new List<string>();
        var checkedCount = 0;
        foreach (var name in MathSamples.Pipelines)
        {
            foreach (var figureType in ProceduralPipelines.All.Single(p => p.Name == name).FigureTypes.Where(MathFigureType))
            {
                for (var seed = 0; seed < Seeds; seed++)
                {
                    var sample = MathSamples.Make(name, seed, figureType);
                    failures.AddRange(MathAnswerChecker.CheckSteps(sample.Data.Text).Select(f => $"[{name} {figureType} {seed}] {f}"));
                    foreach (var qa in sample.Qa)
                    {
                        checkedCount++;
                        if (MathAnswerChecker.Check(sample.Data.Text, qa) is { } problem)
                        {
                            failures.Add($"[{name} {figureType} {seed}] {problem}");
                        }
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedCount} disagree:\n" + string.Join("\n", failures.Take(25)));
        Assert.True(checkedCount > Seeds * 11 * 10);
    }

    // graphic-svg also draws infographics, icon panels and maps: GraphicAnswerCheckerTests covers those.
    private static bool MathFigureType(string figureType) => figureType is not ("infographic" or "icon with labels" or "map");

    [Fact]
    public void Checker_RejectsEveryCorruptedAnswer()
    {
        foreach (var name in MathSamples.Pipelines)
        {
            for (var seed = 0; seed < 20; seed++)
            {
                var sample = MathSamples.Make(name, seed, name == "graphic-svg" ? "geometry problem" : null);
                foreach (var qa in sample.Qa)
                {
                    var wrong = qa with { Answer = AnswerCorruption.Corrupt(qa.Answer, "This problem", MathAnswerChecker.ProblemNotAnswerable, MathAnswerChecker.FigureNotAnswerable) };
                    Assert.True(MathAnswerChecker.Check(sample.Data.Text, wrong) is not null, $"accepted '{wrong.Answer}' for: {qa.Question}");
                }
            }
        }
    }

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
