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

    [Fact]
    public void A_slot_retries_at_its_own_indices_within_its_budget()
    {
        var plan = new RunPlan([A, B], 5, 3);

        Assert.Equal(5, plan.End);
        Assert.Equal(1, plan.PipelineOf(RunPlan.IndexOf(3, 2)));
        Assert.Equal(RunPlan.IndexOf(3, 1), plan.NextAttempt(3));
        Assert.Null(plan.NextAttempt(RunPlan.IndexOf(3, 2)));
        Assert.Equal(3, RunPlan.SlotOf(RunPlan.IndexOf(3, 2)));
    }

    [Fact]
    public void Uneven_quotas_leave_gaps_that_are_not_slots()
    {
        var plan = new RunPlan([new PlanEntry(A, 3, []), new PlanEntry(B, 1, [])], 4, 3);

        Assert.Equal([0L, 1L, 2L, 4L], Enumerable.Range(0, (int)plan.End).Select(i => (long)i).Where(plan.IsSlot).ToList());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void Shards_split_the_slots_evenly_and_exactly(int shards)
    {
        var plan = new RunPlan([new PlanEntry(A, 3, []), new PlanEntry(B, 1, []), new PlanEntry(C, 1, [])], 23, 3);
        var slots = Enumerable.Range(0, (int)plan.End).Select(i => (long)i).Where(plan.IsSlot).ToList();

        var owners = slots.Select(s => Enumerable.Range(0, shards).Single(i => new ShardSpec(i, shards).Owns(plan, s))).ToList();

        var sizes = owners.GroupBy(o => o).Select(g => g.Count()).ToList();
        Assert.True(sizes.Max() - sizes.Min() <= 1, string.Join(",", sizes));
        Assert.Equal(plan.Quotas, Enumerable.Range(0, shards).Select(i => new ShardSpec(i, shards).Targets(plan)).Aggregate((a, b) => a.Zip(b, (x, y) => x + y).ToList()));
    }

    [Theory]
    [InlineData("1/4", 1, 4, null)]
    [InlineData("4/4", 0, 0, "the shard index must be 0 to 3, not 4")]
    [InlineData("x", 0, 0, "'x' is not i/N (e.g. 0/4)")]
    public void Shard_specs_parse_or_say_why_not(string text, int index, int count, string? error)
    {
        var spec = ShardSpec.TryParse(text, out var message);

        Assert.Equal(error, message);
        Assert.Equal(error is null ? new ShardSpec(index, count) : null, spec);
    }
}
