using Cosyn.Catalog;
using Cosyn.Engine;
using Cosyn.Store;

namespace Cosyn.Tests.Engine;

public sealed class RunEngineTests : EngineRunTests
{
    [Fact]
    public async Task Run_WritesRequestedSamplesInSchema()
    {
        var result = await RunEngineAsync(new FakeSynthesizer(ChartMatplotlib.Name), new FakeRendererRegistry(), Options("out", 12));

        var lines = Lines("out");
        Assert.Equal(12, lines.Count);
        using var first = JsonDocument.Parse(lines[0]);
        var root = first.RootElement;
        Assert.Equal("chart-matplotlib-s7-000000", root.GetProperty("id").GetString());
        Assert.Equal("images/chart-matplotlib-s7-000000.png", root.GetProperty("image").GetString());
        Assert.Equal("What is y?", root.GetProperty("qa_pairs")[0].GetProperty("question").GetString());
        var metadata = root.GetProperty("metadata");
        Assert.Equal("chart-matplotlib", metadata.GetProperty("pipeline").GetString());
        Assert.Equal("matplotlib", metadata.GetProperty("tool").GetString());
        Assert.Equal("bar", metadata.GetProperty("figure_type").GetString());
        Assert.Equal("Persona number 0", metadata.GetProperty("persona").GetString());
        Assert.StartsWith("x,y", root.GetProperty("data").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("draw(", root.GetProperty("code").GetString(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Temp.Sub("out"), "images", "chart-matplotlib-s7-000000.png")));
        Assert.Equal(12, result.Stats.Totals.Written);
        Assert.True(File.Exists(Path.Combine(Temp.Sub("out"), "stats.json")));
    }

    [Fact]
    public async Task Run_SameSeedWithShuffledTiming_WritesIdenticalBytes()
    {
        var slowOdd = new FakeSynthesizer(ChartMatplotlib.Name) { Delay = t => TimeSpan.FromMilliseconds(t.Index % 3 == 0 ? 15 : 1) };
        var slowEven = new FakeSynthesizer(ChartMatplotlib.Name) { Delay = t => TimeSpan.FromMilliseconds(t.Index % 2 == 0 ? 15 : 1) };

        await RunEngineAsync(slowOdd, new FakeRendererRegistry(), Options("a", 20, concurrency: 6));
        await RunEngineAsync(slowEven, new FakeRendererRegistry(), Options("b", 20, concurrency: 3));

        Assert.Equal(File.ReadAllBytes(Path.Combine(Temp.Sub("a"), "samples.jsonl")), File.ReadAllBytes(Path.Combine(Temp.Sub("b"), "samples.jsonl")));
    }

    [Fact]
    public async Task Run_CancelledMidway_ResumeWritesEachSampleOnceWithoutRedoingFinished()
    {
        using var stop = new CancellationTokenSource();
        var first = new FakeSynthesizer(ChartMatplotlib.Name) { Delay = _ => TimeSpan.FromMilliseconds(20) };
        first.FailWhen = (ticket, stage) =>
        {
            if (ticket.Index == 8 && stage == StageName.Qa)
            {
                stop.Cancel();
            }

            return null;
        };

        var interrupted = await RunEngineAsync(first, new FakeRendererRegistry(), Options("out", 30, concurrency: 2), stop.Token);
        Assert.True(interrupted.Cancelled);
        var writtenBefore = Lines("out").Count;
        Assert.InRange(writtenBefore, 1, 29);

        var second = new FakeSynthesizer(ChartMatplotlib.Name);
        var resumed = await RunEngineAsync(second, new FakeRendererRegistry(), Options("out", 30));

        Assert.False(resumed.Cancelled);
        var ids = Lines("out").Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToList();
        Assert.Equal(30, ids.Count);
        Assert.Equal(30, ids.Distinct().Count());
        Assert.All(Enumerable.Range(0, writtenBefore), i => Assert.False(second.Calls.ContainsKey((i, StageName.Topic)), $"sample {i} was redone"));
        Assert.Equal(File.ReadAllBytes(Path.Combine(Temp.Sub("out"), "samples.jsonl")), await FreshRunBytesAsync(30));
    }

    [Fact]
    public async Task Run_PartialTrailingLineFromCrash_IsCutAndRewritten()
    {
        await RunEngineAsync(new FakeSynthesizer(ChartMatplotlib.Name), new FakeRendererRegistry(), Options("out", 5));
        var path = Path.Combine(Temp.Sub("out"), "samples.jsonl");
        File.AppendAllText(path, "{\"id\":\"half a li");

        await RunEngineAsync(new FakeSynthesizer(ChartMatplotlib.Name), new FakeRendererRegistry(), Options("out", 8));

        var lines = Lines("out");
        Assert.Equal(8, lines.Count);
        Assert.All(lines, l => JsonDocument.Parse(l).Dispose());
    }

    [Fact]
    public async Task Run_LargerCount_ExtendsWithoutRedoing()
    {
        await RunEngineAsync(new FakeSynthesizer(ChartMatplotlib.Name), new FakeRendererRegistry(), Options("out", 10));
        var second = new FakeSynthesizer(ChartMatplotlib.Name);

        var result = await RunEngineAsync(second, new FakeRendererRegistry(), Options("out", 16));

        Assert.Equal(16, Lines("out").Count);
        Assert.Equal(6, second.Calls.Keys.Count(k => k.Stage == StageName.Topic));
        Assert.Equal(16, result.Stats.Totals.Written);
    }

    [Fact]
    public async Task Run_SameFolderDifferentSeed_IsRefused()
    {
        await RunEngineAsync(new FakeSynthesizer(ChartMatplotlib.Name), new FakeRendererRegistry(), Options("out", 3));

        var error = await Assert.ThrowsAsync<RunStoreException>(() => RunEngineAsync(new FakeSynthesizer(ChartMatplotlib.Name), new FakeRendererRegistry(), Options("out", 3, seed: 8)));

        Assert.Contains("seed 7 vs 8", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, Lines("out").Count);
    }

    [Fact]
    public async Task Run_FailingSamples_AreReplacedAndCountedByStageAndReason()
    {
        var synthesizer = new FakeSynthesizer(ChartMatplotlib.Name)
        {
            // The first attempt of every fourth slot fails; its retries (other indices) do not.
            FailWhen = (t, s) => RunPlan.AttemptOf(t.Index) == 0 && t.Index % 4 == 1 && s == StageName.Data ? new StageFailure(StageName.Data, "parse-error", "bad csv") : null,
        };
        var renderers = new FakeRendererRegistry
        {
            FailWhen = r => r.Code.Contains("draw(", StringComparison.Ordinal) && r.Code.EndsWith("3)", StringComparison.Ordinal)
                ? new RenderFailure("matplotlib", RenderFailureKind.Runtime, "NameError: x", "Traceback")
                : null,
        };

        var result = await RunEngineAsync(synthesizer, renderers, Options("out", 20));

        Assert.Equal(20, Lines("out").Count);
        var stats = result.Stats.Pipelines["chart-matplotlib"];
        Assert.Equal(20, stats.Written);
        Assert.True(stats.Failures["data"]["parse-error"] > 0);
        Assert.Equal(stats.Failed, stats.Failures.Values.SelectMany(v => v.Values).Sum());
    }

    [Fact]
    public async Task Run_SynthesizerThrows_BecomesInternalErrorAndRunContinues()
    {
        var synthesizer = new FakeSynthesizer(ChartMatplotlib.Name)
        {
            FailWhen = (t, s) => t.Index == 2 && s == StageName.Topic ? throw new InvalidOperationException("boom") : null,
        };

        var result = await RunEngineAsync(synthesizer, new FakeRendererRegistry(), Options("out", 6));

        Assert.Equal(6, Lines("out").Count);
        Assert.Equal(1, result.Stats.Pipelines["chart-matplotlib"].Failures["topic"]["internal-error"]);
    }

    [Fact]
    public async Task Run_RepairingSynthesizer_SendsRenderErrorBackAndRecordsRepair()
    {
        var synthesizer = new FakeSynthesizer(ChartMatplotlib.Name) { CanRepairCode = true };
        var renderers = new FakeRendererRegistry
        {
            FailWhen = r => r.Code.StartsWith("draw(", StringComparison.Ordinal) ? new RenderFailure("matplotlib", RenderFailureKind.Syntax, "SyntaxError", "line 1") : null,
        };

        var result = await RunEngineAsync(synthesizer, renderers, Options("out", 4));

        var stats = result.Stats.Pipelines["chart-matplotlib"];
        Assert.Equal(4, stats.Written);
        Assert.Equal(4, stats.RenderedAfterRepair);
        Assert.All(Lines("out"), l => Assert.Contains("draw_fixed(", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_PipelineThatAlwaysFails_StopsAtItsBudgetAndReportsWhy()
    {
        var synthesizer = new FakeSynthesizer(ChartMatplotlib.Name);
        var renderers = new FakeRendererRegistry { FailWhen = _ => new RenderFailure("matplotlib", RenderFailureKind.Timeout, "timed out after 30 s", "") };

        var result = await RunEngineAsync(synthesizer, renderers, Options("out", 5));

        var stats = result.Stats.Pipelines["chart-matplotlib"];
        Assert.Equal(0, stats.Written);
        // Each of the 5 slots tries its 3 attempts.
        Assert.Equal(15, stats.Failures["render"]["timeout"]);
        // Nothing was written, so the run is not complete and says why.
        Assert.False(result.Stats.Completed);
        Assert.Equal(5, result.Stats.Shortfall);
        Assert.Contains("failure budget ran out", result.Stats.StopReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_TwoPipelines_SplitsCountAndInterleaves()
    {
        var synthesizer = new FakeSynthesizer(ChartMatplotlib.Name, TableMatplotlib.Name);
        var options = new RunOptions { Pipelines = [ChartMatplotlib, TableMatplotlib], Count = 7, OutputFolder = Temp.Sub("out"), Seed = 7 };

        var result = await RunEngineAsync(synthesizer, new FakeRendererRegistry(), options);

        Assert.Equal(4, result.Stats.Pipelines["chart-matplotlib"].Written);
        Assert.Equal(3, result.Stats.Pipelines["table-matplotlib"].Written);
        var pipelines = Lines("out").Select(l => JsonDocument.Parse(l).RootElement.GetProperty("metadata").GetProperty("pipeline").GetString()).ToList();
        Assert.Equal(["chart-matplotlib", "table-matplotlib", "chart-matplotlib", "table-matplotlib", "chart-matplotlib", "table-matplotlib", "chart-matplotlib"], pipelines);
    }

    private async Task<byte[]> FreshRunBytesAsync(int count)
    {
        await RunEngineAsync(new FakeSynthesizer(ChartMatplotlib.Name), new FakeRendererRegistry(), Options("fresh", count));
        return File.ReadAllBytes(Path.Combine(Temp.Sub("fresh"), "samples.jsonl"));
    }
}
