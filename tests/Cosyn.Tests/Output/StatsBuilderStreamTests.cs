using System.Text.Json;
using Cosyn.Engine;
using Cosyn.Output;
using Cosyn.Routing;
using Cosyn.Store;
using Cosyn.Tests.Testing.Fakes;

namespace Cosyn.Tests.Output;

/// <summary>stats.json built from the store row by row (issue 17) is the stats of the rows held in memory, and a resume re-embeds nothing.</summary>
public sealed class StatsBuilderStreamTests : EngineRunTests
{

    [Fact]
    public async Task Streamed_stats_equal_the_in_memory_rows_and_a_resume_reads_topic_vectors_from_the_store()
    {
        var folder = await RunAsync();
        var plan = new RunPlan([ChartMatplotlib, TableMatplotlib], 13, 3);
        var context = new RunStatsContext(13, 7, "fake", Completed: true, SessionSeconds: 1, SessionSamples: 13);
        using var store = RunStore.Open(folder);
        var embedder = new CountingEmbedder();

        var inMemory = Json(StatsBuilder.Build(plan, store.LoadAll(), context, embedder: embedder));
        var streamed = Json(StatsBuilder.Build(plan, store.Stream(), context, embedder: new StoredSentenceEmbedder(store, embedder)));
        var embedded = embedder.Sentences;
        var resumed = Json(StatsBuilder.Build(plan, store.Stream(), context, embedder: new StoredSentenceEmbedder(store, embedder)));

        Assert.Equal(inMemory, streamed);
        Assert.Equal(inMemory, resumed);
        Assert.Contains("\"topic_spread\"", inMemory, StringComparison.Ordinal);
        Assert.Equal(embedded, embedder.Sentences);
    }

    private static string Json(RunStats stats) => JsonSerializer.Serialize(stats, CosynJson.Indented);

    private async Task<string> RunAsync()
    {
        // Every fifth index fails at the data stage, so the stats hold failures and retries too.
        var synthesizer = new FakeSynthesizer(ChartMatplotlib.Name, TableMatplotlib.Name)
        {
            FailWhen = (t, s) => s == StageName.Data && t.Index % 5 == 2 ? new StageFailure(StageName.Data, "parse-error", "bad csv") : null,
        };
        var renderers = new FakeRendererRegistry { Image = r => NoisePng.For(r.Code) };
        var options = new RunOptions { Pipelines = [ChartMatplotlib, TableMatplotlib], Count = 13, OutputFolder = Temp.Sub("run"), Seed = 7, Concurrency = 2 };
        var result = await RunEngineAsync(synthesizer, renderers, options);
        return result.OutputFolder;
    }

    /// <summary>A unit vector from each sentence's characters; counts the sentences it was asked to embed.</summary>
    private sealed class CountingEmbedder : ISentenceEmbedder
    {
        public int Sentences { get; private set; }

        public string Identity => "counting";

        public float[][] Embed(IReadOnlyList<string> sentences)
        {
            Sentences += sentences.Count;
            return [.. sentences.Select(Vector)];
        }

        private static float[] Vector(string sentence)
        {
            var v = new float[8];
            foreach (var c in sentence)
            {
                v[c % 8] += 1;
            }

            var norm = MathF.Sqrt(v.Sum(x => x * x));
            return [.. v.Select(x => norm == 0 ? 0 : x / norm)];
        }
    }
}
