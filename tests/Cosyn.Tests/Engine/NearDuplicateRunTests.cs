using Cosyn.Catalog;
using Cosyn.Engine;

namespace Cosyn.Tests.Engine;

/// <summary>Near-duplicate images are dropped at writing time, counted, replaced, and the output stays deterministic.</summary>
public sealed class NearDuplicateRunTests : EngineRunTests
{
    // Every seventh sample (by seed) draws the same picture; the rest are unrelated noise.
    private static FakeRendererRegistry Renderers() => new()
    {
        Image = r => NoisePng.For(long.Parse(r.Code[5..^1], System.Globalization.CultureInfo.InvariantCulture) % 7 == 0 ? "same" : r.Code),
    };

    [Fact]
    public async Task Repeated_images_are_dropped_counted_and_replaced()
    {
        var result = await RunAsync("out", concurrency: 4, keep: false);

        var lines = Lines("out");
        Assert.Equal(30, lines.Count);
        var stats = result.Stats.Pipelines[ChartMatplotlib.Name];
        var dropped = stats.Failures["verify"]["near-duplicate"];
        Assert.True(dropped >= 2, $"expected repeats of the shared picture, dropped {dropped}");
        Assert.Equal(dropped, stats.Diversity.NearDuplicatesDropped);
        Assert.Equal(0, stats.Diversity.NearDuplicateRate);

        // Exactly one written sample shows the shared picture, and no dropped image is left behind.
        var images = Directory.GetFiles(Path.Combine(Temp.Sub("out"), "images"), "*.png");
        Assert.Equal(30, images.Length);
        var ids = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToHashSet();
        Assert.All(images, path => Assert.Contains(Path.GetFileNameWithoutExtension(path), ids));
    }

    [Fact]
    public async Task Dropping_is_deterministic_whatever_the_timing()
    {
        await RunAsync("a", concurrency: 6, keep: false);
        await RunAsync("b", concurrency: 1, keep: false);

        Assert.Equal(File.ReadAllBytes(Path.Combine(Temp.Sub("a"), "samples.jsonl")), File.ReadAllBytes(Path.Combine(Temp.Sub("b"), "samples.jsonl")));
    }

    [Fact]
    public async Task Keep_mode_writes_them_and_reports_the_rate()
    {
        var result = await RunAsync("keep", concurrency: 4, keep: true);

        var diversity = result.Stats.Pipelines[ChartMatplotlib.Name].Diversity;
        Assert.Equal(0, diversity.NearDuplicatesDropped);
        Assert.True(diversity.NearDuplicateRate > 0);
        Assert.False(result.Stats.Pipelines[ChartMatplotlib.Name].Failures.ContainsKey("verify"));
    }

    private Task<RunResult> RunAsync(string folder, int concurrency, bool keep)
    {
        var options = Options(folder, 30, concurrency, seed: 3, keepNearDuplicates: keep);
        var synthesizer = new FakeSynthesizer(ChartMatplotlib.Name) { Delay = t => TimeSpan.FromMilliseconds(t.Index % 3 == 0 ? 6 : 1) };
        return RunEngineAsync(synthesizer, Renderers(), options);
    }
}
