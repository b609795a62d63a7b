using Cosyn.Tests.Families.Graphics.Checking;
using Cosyn.Tests.Families.Mathematics;

namespace Cosyn.Tests.Families.Graphics;

/// <summary>Infographic, icon-panel and map answers agree with the independent checker, which rejects corrupted answers.</summary>
public sealed class GraphicAnswerCheckerTests
{
    private static readonly string[] Kinds = ["infographic", "icon with labels", "map"];

    [Fact]
    public void Answers_AgreeWithIndependentChecker_ForEveryKindAndSeed() =>
        AnswerSweep.AssertAllAgree(AnswerSweep.Samples(Kinds, 200, Make), (s, qa) => GraphicAnswerChecker.Check(s.Data.Text, qa));

    [Fact]
    public void Checker_RejectsEveryCorruptedAnswer_AndEachSampleHasThePapersMix()
    {
        foreach (var kind in Kinds)
        {
            for (var seed = 0; seed < 30; seed++)
            {
                var sample = Make(kind, seed);
                var qa = sample.Qa;
                var choice = qa.Count(q => q.Question.Contains("\nA. ", StringComparison.Ordinal));
                var yesNo = qa.Count(q => q.Answer is "Yes" or "No");
                var unanswerable = qa.Count(q => q.Answer == GraphicAnswerChecker.NotAnswerable);
                var summary = qa.Count(q => q.Question == "Summarize the graphic.");
                Assert.True(qa.Count - choice - yesNo - unanswerable - summary >= 5 && choice >= 2 && yesNo >= 1 && unanswerable >= 1 && summary >= 1);
                AnswerSweep.AssertRejectsCorrupted([sample], (s, pair) => GraphicAnswerChecker.Check(s.Data.Text, pair), "This ", GraphicAnswerChecker.NotAnswerable);
            }
        }
    }

    // A graphic-svg sample of the kind (which it must have: the kind is fixed through the ticket).
    private static ProceduralSample Make(string kind, long seed)
    {
        var sample = MathSamples.Make("graphic-svg", seed, kind);
        Assert.Equal(kind, sample.Topic.FigureType);
        return sample;
    }
}
