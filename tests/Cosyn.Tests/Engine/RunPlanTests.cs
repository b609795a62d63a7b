using Cosyn.Catalog;
using Cosyn.Engine;

namespace Cosyn.Tests.Engine;

public sealed class RunPlanTests
{
    private static readonly PipelineDefinition A = PipelineCatalog.Find("chart-matplotlib")!;
    private static readonly PipelineDefinition B = PipelineCatalog.Find("chart-plotly")!;
    private static readonly PipelineDefinition C = PipelineCatalog.Find("table-html")!;

    [Fact]
    public void Even_split_gives_the_remainder_to_earlier_pipelines()
    {
        Assert.Equal([4, 3, 3], new RunPlan([A, B, C], 10, 3).Quotas);
    }

    [Fact]
    public void Weights_split_the_count_by_largest_remainder()
    {
        var plan = new RunPlan([new PlanEntry(A, 0.375, []), new PlanEntry(B, 0.375, []), new PlanEntry(C, 0.25, [])], 30, 3);

        Assert.Equal([11, 11, 8], plan.Quotas);
        Assert.Equal(30, plan.Quotas.Sum());
    }

    [Fact]
    public void Routed_figure_types_cycle_within_each_pipeline()
    {
        var plan = new RunPlan([new PlanEntry(A, 1, ["candlestick", "line"]), new PlanEntry(B, 1, [])], 8, 3);

        Assert.Equal(["candlestick", "line", "candlestick", "line"], Enumerable.Range(0, 4).Select(i => plan.FigureTypeOf(i * 2)!).ToList());
        Assert.Null(plan.FigureTypeOf(1));
    }

    [Fact]
    public void A_zero_weight_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new RunPlan([new PlanEntry(A, 0, [])], 5, 3));
    }
}
