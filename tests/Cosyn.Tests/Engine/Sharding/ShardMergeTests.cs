using Cosyn.Catalog;
using Cosyn.Engine;
using Cosyn.Output.Merge;
using Cosyn.Output.Runs;
using Cosyn.Quality;
using Cosyn.Quality.Checks;
using Cosyn.Synthesis;

namespace Cosyn.Tests.Engine.Sharding;

/// <summary>N shards merged are the single run, byte for byte, even when samples fail, are retried or give up.</summary>
public sealed class ShardMergeTests : EngineRunTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public async Task Merged_shards_are_the_single_run_byte_for_byte(int shards)
    {
        var single = await RunAsync("single", null);
        var folders = new List<string>();
        for (var i = 0; i < shards; i++)
        {
            folders.Add(await RunAsync($"shard-{i}", new ShardSpec(i, shards)));
        }

        var merged = ShardMerger.Merge(folders, Temp.Sub("merged"));

        Assert.Equal(File.ReadAllBytes(Path.Combine(single, "samples.jsonl")), File.ReadAllBytes(Path.Combine(merged.Path, "samples.jsonl")));
        Assert.Equal(Images(single), Images(merged.Path));
        // Slot 4 used up its attempts, so the run writes 12 of 13; retries (ids -r1) stand in for the other failures.
        Assert.Equal(12, merged.Samples);
        Assert.Contains("-r1\"", File.ReadAllText(Path.Combine(merged.Path, "samples.jsonl")), StringComparison.Ordinal);
        Assert.Equal(13, merged.Stats.Count);
        Assert.Equal(12, merged.Stats.Totals.Written);
    }

    [Fact]
    public async Task Gated_shards_merge_to_the_single_run_with_its_quality_block()
    {
        var single = await RunAsync("single", null, gate: true);
        var folders = new List<string> { await RunAsync("shard-0", new ShardSpec(0, 2), gate: true), await RunAsync("shard-1", new ShardSpec(1, 2), gate: true) };

        var merged = ShardMerger.Merge(folders, Temp.Sub("merged"));

        Assert.Equal(File.ReadAllBytes(Path.Combine(single, "samples.jsonl")), File.ReadAllBytes(Path.Combine(merged.Path, "samples.jsonl")));
        var expected = System.Text.Json.JsonSerializer.Deserialize<Cosyn.Output.RunStats>(File.ReadAllText(Path.Combine(single, "stats.json")), CosynJson.Compact)!.Totals.Quality!;
        var actual = merged.Stats.Totals.Quality!;
        Assert.True(expected.Rejected > 0);
        Assert.Equal((expected.Checked, expected.Passed, expected.Rejected), (actual.Checked, actual.Passed, actual.Rejected));
        Assert.Equal(expected.RejectedByCheck["fake"].Samples, actual.RejectedByCheck["fake"].Samples);

        // The kept rejections (--keep-rejected) join too: the single run's rejected.jsonl bytes and images.
        var rejected = Path.Combine(merged.Path, "rejected");
        Assert.Equal(File.ReadAllBytes(Path.Combine(single, "rejected", "rejected.jsonl")), File.ReadAllBytes(Path.Combine(rejected, "rejected.jsonl")));
        Assert.NotEmpty(Images(rejected));
        Assert.Equal(Images(Path.Combine(single, "rejected")), Images(rejected));
        Assert.Equal(expected.Rejected, merged.Rejected);
    }

    [Fact]
    public async Task Shards_without_kept_rejections_merge_without_a_rejected_folder()
    {
        var merged = ShardMerger.Merge([await RunAsync("shard-0", new ShardSpec(0, 2)), await RunAsync("shard-1", new ShardSpec(1, 2))], Temp.Sub("merged"));

        Assert.Null(merged.Rejected);
        Assert.False(Directory.Exists(Path.Combine(merged.Path, "rejected")));
    }

    [Fact]
    public async Task Merge_refuses_missing_repeated_and_foreign_shards_naming_them()
    {
        var a = await RunAsync("a", new ShardSpec(0, 3));
        var b = await RunAsync("b", new ShardSpec(1, 3));
        var other = await RunAsync("other", new ShardSpec(2, 3), seed: 8);

        Assert.Equal("missing shard 2/3 of 3", Refusal([a, b]));
        Assert.Equal($"shard 1/3 is given twice: {b}, {b}", Refusal([a, b, b]));
        Assert.StartsWith($"{other} is a shard of a different run than {a} (seed 7 vs 8", Refusal([a, b, other]), StringComparison.Ordinal);
        Assert.Equal($"{Temp.Sub("none")} does not exist", Refusal([a, Temp.Sub("none")]));
    }

    private string Refusal(IReadOnlyList<string> folders) =>
        Assert.Throws<RunFolderException>(() => ShardMerger.Merge(folders, Temp.Sub("refused-" + Guid.NewGuid().ToString("N")))).Message;

    private async Task<string> RunAsync(string folder, ShardSpec? shard, long seed = 7, bool gate = false)
    {
        // Every fifth index fails at the data stage (retries land elsewhere modulo 5); slot 4 fails every attempt.
        var synthesizer = new FakeSynthesizer(ChartMatplotlib.Name, TableMatplotlib.Name)
        {
            FailWhen = (t, s) => s == StageName.Data && (t.Index % 5 == 2 || RunPlan.SlotOf(t.Index) == 4) ? new StageFailure(StageName.Data, "parse-error", "bad csv") : null,
        };
        var renderers = new FakeRendererRegistry { Image = r => NoisePng.For(r.Code) };
        // With the gate, first attempts of every third slot are rejected (and replaced by their retries).
        var check = new FakeCheck("fake", c => !c.Sample.Id.Contains("-r", StringComparison.Ordinal) && RunPlan.SlotOf(long.Parse(c.Sample.Id[^6..], CultureInfo.InvariantCulture)) % 3 == 1
            ? CheckResult.Fail("fake", 0, "rejected") : null);
        var options = new RunOptions
        {
            Pipelines = [ChartMatplotlib, TableMatplotlib], Count = 13, OutputFolder = Temp.Sub(folder), Seed = seed, Concurrency = 3, Shard = shard,
            QualityGate = gate ? new QualityChecker(new Cosyn.Tests.Quality.FakeOcr(), new QualityOptions(), [check]) : null, KeepRejected = gate,
        };
        var result = await RunEngineAsync(synthesizer, renderers, options);
        return result.OutputFolder;
    }

    private static List<(string Name, string Bytes)> Images(string folder) =>
        Directory.GetFiles(Path.Combine(folder, "images")).Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), Convert.ToBase64String(File.ReadAllBytes(f)))).ToList();
}
