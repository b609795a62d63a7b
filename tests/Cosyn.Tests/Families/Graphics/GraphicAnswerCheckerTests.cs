using Cosyn.Tests.Families.Graphics.Checking;
using Cosyn.Tests.Families.Mathematics;
using Cosyn.Tests.Testing.Checking;

namespace Cosyn.Tests.Families.Graphics;

/// <summary>Infographic, icon-panel and map answers agree with the independent checker, which rejects corrupted answers.</summary>
public sealed class GraphicAnswerCheckerTests
{
    private static readonly string[] Kinds = ["infographic", "icon with labels", "map"];

    [Fact]
    public void Answers_AgreeWithIndependentChecker_ForEveryKindAndSeed()
    {
        var failures = new List<string>();
        var checkedCount = 0;
        foreach (var kind in Kinds)
        {
            for (var seed = 0; seed < 200; seed++)
            {
                var sample = MathSamples.Make("graphic-svg", seed, kind);
                Assert.Equal(kind, sample.Topic.FigureType);
                foreach (var qa in sample.Qa)
                {
                    checkedCount++;
                    if (GraphicAnswerChecker.Check(sample.Data.Text, qa) is { } problem)
                    {
                        failures.Add($"[{kind} {seed}] {problem}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedCount} disagree:\n" + string.Join("\n", failures.Take(25)));
    }

    [Fact]
    public void Checker_RejectsEveryCorruptedAnswer_AndEachSampleHasThePapersMix()
    {
        foreach (var kind in Kinds)
        {
            for (var seed = 0; seed < 30; seed++)
            {
                var sample = MathSamples.Make("graphic-svg", seed, kind);
                var qa = sample.Qa;
                var choice = qa.Count(q => q.Question.Contains("\nA. ", StringComparison.Ordinal));
                var yesNo = qa.Count(q => q.Answer is "Yes" or "No");
                var unanswerable = qa.Count(q => q.Answer == GraphicAnswerChecker.NotAnswerable);
                var summary = qa.Count(q => q.Question == "Summarize the graphic.");
                Assert.True(qa.Count - choice - yesNo - unanswerable - summary >= 5 && choice >= 2 && yesNo >= 1 && unanswerable >= 1 && summary >= 1);
                foreach (var pair in qa)
                {
                    var wrong = pair with { Answer = AnswerCorruption.Corrupt(pair.Answer, "This ", GraphicAnswerChecker.NotAnswerable) };
                    Assert.True(GraphicAnswerChecker.Check(sample.Data.Text, wrong) is not null, $"accepted '{wrong.Answer}' for: {pair.Question}");
                }
            }
        }
    }
}
