using Cosyn.Output;
using Cosyn.Routing;
using Cosyn.Tests.Routing;

namespace Cosyn.Tests.Output;

/// <summary>Topic dispersion and near-duplicate topics in the diversity report, from sentence embeddings.</summary>
[Collection(RoutingModelGroup.Name)]
public sealed class TopicSpreadTests(RoutingModelFixture model)
{
    [Fact]
    public void Measure_SameTopicEverywhere_IsNotDispersedAndRepeatsAfterTheFirst()
    {
        var stats = TopicSpread.Measure(["a", "a", "a"], new TableEmbedder());

        Assert.Equal(new TopicSpreadStats(3, 0, 2, 0.6667), stats);
    }

    [Fact]
    public void Measure_UnrelatedTopics_AreFullyDispersedWithoutNearDuplicates()
    {
        var stats = TopicSpread.Measure(["a", "b", "c"], new TableEmbedder());

        Assert.Equal(new TopicSpreadStats(3, 1, 0, 0), stats);
    }

    [Fact]
    public void Measure_ATopicCloseToAnEarlierOne_IsANearDuplicate()
    {
        var stats = TopicSpread.Measure(["a", "b", "a2"], new TableEmbedder());

        Assert.Equal(1, stats.NearDuplicates);
    }

    [Fact]
    public void Measure_NoTopics_MeasuresNothing() =>
        Assert.Equal(new TopicSpreadStats(0, 0, 0, 0), TopicSpread.Measure([], new TableEmbedder()));

    [Fact]
    public void Sample_BelowTheCap_IsEverything() =>
        Assert.Equal([1, 2, 3], TopicSpread.Sample([1, 2, 3], 3));

    [Fact]
    public void Sample_AboveTheCap_IsEvenlySpacedInOrderAndTheSameEveryTime()
    {
        var items = Enumerable.Range(0, 10).ToList();

        Assert.Equal([0, 2, 5, 7], TopicSpread.Sample(items, 4));
        Assert.Equal(TopicSpread.Sample(items, 4), TopicSpread.Sample([.. items], 4));
        Assert.Equal(TopicSpread.MaxTopicsPerPipeline, TopicSpread.Sample(Enumerable.Range(0, 20_000).ToList(), TopicSpread.MaxTopicsPerPipeline).Distinct().Count());
    }

    [Fact]
    public void ShippedModel_TellsARetitledYearFromAnotherSubject()
    {
        var embedder = model.Router.Index.Embedder;

        var sameChart = TopicSpread.Measure(["Monthly precipitation in Seattle, 2024", "Monthly precipitation in Seattle, 2020"], embedder);
        var otherChart = TopicSpread.Measure(["Monthly precipitation in Seattle, 2024", "Bicycle sales by store, 2024"], embedder);
        var sameSubject = TopicSpread.Measure(["Monthly precipitation in Seattle, 2024", "Rain and snow by month, Seattle (2023)"], embedder);

        Assert.Equal(1, sameChart.NearDuplicates);
        Assert.Equal(0, otherChart.NearDuplicates);
        Assert.Equal(0, sameSubject.NearDuplicates);
        Assert.True(otherChart.Dispersion > sameSubject.Dispersion && sameSubject.Dispersion > sameChart.Dispersion, $"{otherChart} {sameSubject} {sameChart}");
    }

    /// <summary>Fixed unit vectors: a, b and c orthogonal, a2 at cosine 0.96 to a.</summary>
    private sealed class TableEmbedder : ISentenceEmbedder
    {
        private static readonly Dictionary<string, float[]> Vectors = new(StringComparer.Ordinal)
        {
            ["a"] = [1, 0, 0, 0],
            ["b"] = [0, 1, 0, 0],
            ["c"] = [0, 0, 1, 0],
            ["a2"] = [0.96f, 0, 0, 0.28f],
        };

        public string Identity => "table";

        public float[][] Embed(IReadOnlyList<string> sentences) => [.. sentences.Select(s => Vectors[s])];
    }
}
