using Cosyn.Catalog;
using Cosyn.Engine;

namespace Cosyn.Tests.Engine;

public sealed class TicketFactoryTests
{
    [Fact]
    public void A_retry_is_named_after_its_slot_and_draws_a_new_seed()
    {
        var first = Factory("chart-matplotlib", 5).Create(3);
        var retry = Factory("chart-matplotlib", 5).Create(RunPlan.IndexOf(3, 2));

        Assert.Equal("chart-matplotlib-s5-000003", first.Id);
        Assert.Equal("chart-matplotlib-s5-000003-r2", retry.Id);
        Assert.NotEqual(first.Seed, retry.Seed);
    }

    [Fact]
    public void Create_SameSeedAndIndex_SameTicket()
    {
        var a = Factory("chart-matplotlib", 5).Create(3);
        var b = Factory("chart-matplotlib", 5).Create(3);

        Assert.Equal(a, b);
    }

    [Fact]
    public void Create_SameSeedDifferentPipelineRuns_DifferentSampleSeeds()
    {
        var seeds = Enumerable.Range(0, 50).Select(i => Factory("chart-matplotlib", 5).Create(i).Seed).ToList();
        var other = Enumerable.Range(0, 50).Select(i => Factory("chart-plotly", 5).Create(i).Seed).ToList();

        Assert.Empty(seeds.Intersect(other));
        Assert.Equal(50, seeds.Distinct().Count());
    }

    private static TicketFactory Factory(string pipeline, long seed) =>
        new(new RunPlan([PipelineCatalog.Find(pipeline)!], 50, 3), seed, new FixedPersonas().ForSample, query: null);
}
