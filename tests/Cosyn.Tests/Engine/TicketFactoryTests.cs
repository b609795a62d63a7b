using Cosyn.Catalog;
using Cosyn.Engine;
using Cosyn.Tests.Testing.Fakes;

namespace Cosyn.Tests.Engine;

public sealed class TicketFactoryTests
{
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
