using Cosyn.Synthesis.Procedural;
using Cosyn.Tests.Families.Charts.Checking;

namespace Cosyn.Tests.Families.Charts;

/// <summary>Runs the independent <see cref="ChartAnswerChecker"/> over many seeds of every figure type of a chart pipeline.</summary>
internal static class ChartAnswerSweep
{
    /// <summary>How many answers disagree (the first <paramref name="keep"/> described) and how many were checked.</summary>
    public static (int Failed, IReadOnlyList<string> Examples, int Checked) Run(IProceduralPipeline pipeline, int seeds, int keep = 25)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var failures = new List<string>();
        var (checkedCount, failed) = (0, 0);
        foreach (var figureType in pipeline.FigureTypes)
        {
            for (var seed = 0; seed < seeds; seed++)
            {
                var sample = ChartSamples.Make(pipeline, seed, figureType);
                foreach (var qa in sample.Qa)
                {
                    checkedCount++;
                    if (ChartAnswerChecker.Check(sample.Data.Text, sample.Topic.Topic, sample.Topic.FigureType, qa) is { } problem && ++failed <= keep)
                    {
                        failures.Add($"[{pipeline.Name} {figureType} seed {seed}] {problem}");
                    }
                }
            }
        }

        return (failed, failures, checkedCount);
    }

    /// <summary>Fails unless every answer of <paramref name="seeds"/> seeds per figure type agrees (and at least ten per sample were checked).</summary>
    public static void AssertAllAgree(IProceduralPipeline pipeline, int seeds)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var (failed, examples, checkedCount) = Run(pipeline, seeds);
        Assert.True(failed == 0, $"{failed} of {checkedCount} answers disagree:\n" + string.Join("\n", examples));
        Assert.True(checkedCount >= seeds * pipeline.FigureTypes.Count * 10, $"only {checkedCount} answers checked");
    }
}
