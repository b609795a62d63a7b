using Cosyn.Pipelines.ChartPlotly;

namespace Cosyn.Tests.Charts.Plotly;

/// <summary>chart-plotly answers agree with the independent checker over every figure type and many seeds.</summary>
public sealed class PlotlyAnswerTests
{
    private const int Seeds = 200;

    [Fact]
    public void GeneratedAnswers_AgreeWithIndependentChecker_ForEveryFigureTypeAndSeed()
    {
        var pipeline = new ChartPlotlyPipeline();
        var (failed, examples, checkedCount) = ChartAnswerSweep.Run(pipeline, Seeds);
        Assert.True(failed == 0, $"{failed} of {checkedCount} answers disagree:\n" + string.Join("\n", examples));
        Assert.True(checkedCount >= Seeds * pipeline.FigureTypes.Count * 10, $"only {checkedCount} answers checked");
    }
}
