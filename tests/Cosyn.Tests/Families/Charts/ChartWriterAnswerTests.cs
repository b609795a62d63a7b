using Cosyn.Catalog;

namespace Cosyn.Tests.Families.Charts;

/// <summary>Every answer of each chart writer's pipeline agrees with the independent checker (which reads only the CSV and the question), over every figure type and 200 seeds each.</summary>
public sealed class ChartWriterAnswerTests
{
    [Theory]
    [InlineData("chart-html")]
    [InlineData("chart-latex")]
    [InlineData("chart-plotly")]
    [InlineData("chart-vegalite")]
    public void GeneratedAnswers_AgreeWithIndependentChecker_ForEveryFigureTypeAndSeed(string pipeline) =>
        ChartAnswerSweep.AssertAllAgree(PipelineCatalog.Find(pipeline)!.CreateProcedural(), seeds: 200);
}
