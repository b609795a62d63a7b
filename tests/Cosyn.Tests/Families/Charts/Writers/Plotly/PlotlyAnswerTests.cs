using Cosyn.Families.Charts.Writers.Plotly;

namespace Cosyn.Tests.Families.Charts.Writers.Plotly;

/// <summary>chart-plotly answers agree with the independent checker over every figure type and 200 seeds each.</summary>
public sealed class PlotlyAnswerTests
{
    [Fact]
    public void GeneratedAnswers_AgreeWithIndependentChecker_ForEveryFigureTypeAndSeed() =>
        ChartAnswerSweep.AssertAllAgree(new ChartPlotlyPipeline(), seeds: 200);
}
