using Cosyn.Families.Charts.Writers.Html;

namespace Cosyn.Tests.Families.Charts.Writers.Html;

/// <summary>Every chart-html answer agrees with the independent checker, which reads only the CSV and the question.</summary>
public sealed class ChartHtmlAnswerTests
{
    [Fact]
    public void GeneratedAnswers_AgreeWithIndependentChecker_ForEveryFigureTypeAndSeed()
    {
        var pipeline = new ChartHtmlPipeline();
        var (failures, checkedCount) = PipelineSamples.CheckAnswers(pipeline, seeds: 200);
        Assert.True(failures.Count == 0, $"{failures.Count} of {checkedCount} answers disagree:\n" + string.Join("\n", failures.Take(25)));
        Assert.True(checkedCount >= 200 * pipeline.FigureTypes.Count * 10);
    }
}
