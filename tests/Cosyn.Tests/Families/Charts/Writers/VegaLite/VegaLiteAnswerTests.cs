using Cosyn.Families.Charts.Writers.VegaLite;

namespace Cosyn.Tests.Families.Charts.Writers.VegaLite;

/// <summary>chart-vegalite answers agree with the independent checker over every figure type and 200 seeds each.</summary>
public sealed class VegaLiteAnswerTests
{
    [Fact]
    public void GeneratedAnswers_AgreeWithIndependentChecker_ForEveryFigureTypeAndSeed() =>
        ChartAnswerSweep.AssertAllAgree(new ChartVegaLitePipeline(), seeds: 200);
}
