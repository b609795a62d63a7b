using Cosyn.Catalog;
using Cosyn.Engine;
using Cosyn.Output;
using Cosyn.Store;

namespace Cosyn.Tests.Output;

/// <summary>stats.json totals what became of model-written pointing questions, and leaves the field out when there are none.</summary>
public sealed class PointStatsTests
{
    private static readonly PipelineDefinition PointHtml = PipelineCatalog.Find("point-html")!;

    [Fact]
    public void Written_rows_point_checks_are_summed_per_pipeline_and_in_the_totals()
    {
        var rows = new[]
        {
            Row(0, new PointCheck(4, 3, new Dictionary<string, int> { ["missing-target"] = 1 }), emitted: true),
            Row(1, new PointCheck(5, 2, new Dictionary<string, int> { ["hidden-target"] = 2, ["missing-target"] = 1 }), emitted: true),
            // Not in samples.jsonl (a near-duplicate passed over): not counted.
            Row(2, new PointCheck(9, 9, new Dictionary<string, int>()), emitted: false),
        };

        var stats = Build(rows);

        foreach (var points in new[] { stats.Pipelines[PointHtml.Name].Points, stats.Totals.Points })
        {
            Assert.NotNull(points);
            Assert.Equal(9, points.Asked);
            Assert.Equal(5, points.Kept);
            Assert.Equal(["hidden-target", "missing-target"], points.Dropped.Keys);
            Assert.Equal([2, 2], points.Dropped.Values);
        }

        var json = JsonSerializer.Serialize(stats, CosynJson.Indented);
        Assert.Contains("\"points\": {", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_without_point_checks_write_no_points_field()
    {
        var stats = Build([Row(0, null, emitted: true)]);

        Assert.Null(stats.Totals.Points);
        Assert.DoesNotContain("\"points\"", JsonSerializer.Serialize(stats, CosynJson.Indented), StringComparison.Ordinal);
    }

    private static RunStats Build(StoredSample[] rows)
    {
        var plan = new RunPlan([PointHtml], rows.Length, 3);
        var context = new RunStatsContext(rows.Length, 1, "fake", Completed: true, SessionSeconds: 1, SessionSamples: rows.Length);
        return StatsBuilder.Build(plan, rows, context, embedder: new ConstantEmbedder());
    }

    private static StoredSample Row(long index, PointCheck? check, bool emitted)
    {
        var metadata = new SampleMetadata(PointHtml.Name, PointHtml.Tool, "web page", "a persona", $"topic {index}", index, Points: check);
        var sample = new Sample($"s{index}", $"images/s{index}.png", [], metadata, "data", "<html></html>", ["Point to the button."], [[new AnswerPoint(10, 20)]]);
        var line = JsonSerializer.Serialize(sample, CosynJson.Compact);
        return new StoredSample(index, PointHtml.Name, StoredSampleStatus.Done, line, 0, null, null, null, 1, "{}", emitted);
    }

    /// <summary>One fixed unit vector for every topic: the spread is not what these tests measure.</summary>
    private sealed class ConstantEmbedder : Cosyn.Routing.ISentenceEmbedder
    {
        public string Identity => "constant";

        public float[][] Embed(IReadOnlyList<string> sentences) => [.. sentences.Select(_ => new float[] { 1, 0 })];
    }
}
