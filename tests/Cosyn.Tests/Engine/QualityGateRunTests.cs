using System.Text.Json.Nodes;
using Cosyn.Catalog;
using Cosyn.Engine;
using Cosyn.Output;
using Cosyn.Quality;
using Cosyn.Quality.Checks;
using Cosyn.Store;
using Cosyn.Synthesis;
using Cosyn.Tests.Quality;

namespace Cosyn.Tests.Engine;

/// <summary>The quality gate during a run: rejected samples are replaced and counted, kept on request, repaired by a layout repairer, deterministic and resumable.</summary>
public sealed class QualityGateRunTests : EngineRunTests
{
    // First attempts whose seed is a multiple of 3 fail; replacements (ids ending -rN) pass, so every slot is filled.
    private static CheckResult? RejectSome(CheckContext context) =>
        !context.Sample.Id.Contains("-r", StringComparison.Ordinal) && context.Sample.Metadata.Seed % 3 == 0
            ? CheckResult.Fail("fake", 0.25, $"'{context.Sample.Id}' looks wrong")
            : null;

    [Fact]
    public async Task Rejected_samples_are_replaced_within_the_budget_and_counted_by_check()
    {
        var check = new FakeCheck("fake", RejectSome);
        var result = await RunAsync("out", Gate(check), concurrency: 4);

        var lines = Lines("out");
        Assert.Equal(20, lines.Count);
        var stats = result.Stats.Pipelines[ChartMatplotlib.Name];
        var rejected = stats.Failures["quality"]["fake"];
        Assert.True(rejected >= 2, $"expected some first attempts rejected, got {rejected}");
        var quality = stats.Quality!;
        Assert.Equal(rejected, quality.Rejected);
        Assert.Equal(20, quality.Passed);
        Assert.Equal(20 + rejected, quality.Checked);
        Assert.Equal(rejected, quality.RejectedByCheck["fake"].Samples);
        Assert.EndsWith("looks wrong", quality.RejectedByCheck["fake"].Reasons[0], StringComparison.Ordinal);
        Assert.Equal(0, quality.Repaired);
        Assert.Equal(20 + rejected, check.Runs);
        Assert.Equal(rejected, lines.Count(l => l.Contains("-r1\"", StringComparison.Ordinal)));

        // Every written row says what was checked; none says it failed.
        Assert.All(lines, line =>
        {
            var metadata = JsonNode.Parse(line)!["metadata"]!;
            Assert.Equal(1, metadata["quality"]!["checks"]!["fake"]!.GetValue<double>());
            Assert.Equal("ocr", metadata["quality"]!["text_source"]!.GetValue<string>());
            Assert.Null(metadata["quality"]!["failed"]);
            Assert.Null(metadata["layout_repairs"]);
        });
        Assert.False(Directory.Exists(Path.Combine(Temp.Sub("out"), RejectedSamples.FolderName)));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Temp.Sub("out"), StatsBuilder.FileName)));
        Assert.Equal(rejected, json.RootElement.GetProperty("totals").GetProperty("quality").GetProperty("rejected_by_check").GetProperty("fake").GetProperty("samples").GetInt32());
    }

    [Fact]
    public async Task Keep_rejected_writes_each_rejected_image_and_a_line_with_its_reasons()
    {
        var result = await RunAsync("out", Gate(new FakeCheck("fake", RejectSome)), concurrency: 4, keepRejected: true);

        var folder = Path.Combine(Temp.Sub("out"), RejectedSamples.FolderName);
        var lines = File.ReadAllLines(Path.Combine(folder, RejectedSamples.FileName));
        Assert.Equal(result.Stats.Totals.Quality!.Rejected, lines.Length);
        Assert.All(lines, line =>
        {
            var row = JsonNode.Parse(line)!;
            Assert.True(File.Exists(Path.Combine(folder, row["image"]!.GetValue<string>())));
            var failed = row["metadata"]!["quality"]!["failed"]!.AsArray().Single()!;
            Assert.Equal("fake", failed["name"]!.GetValue<string>());
            Assert.Equal(0.25, failed["score"]!.GetValue<double>());
            Assert.Equal($"'{row["id"]!.GetValue<string>()}' looks wrong", failed["reason"]!.GetValue<string>());
        });
        Assert.Equal(lines.Length, Directory.GetFiles(Path.Combine(folder, ImageFolder.FolderName), "*.png").Length);
        Assert.Equal(20, Directory.GetFiles(Path.Combine(Temp.Sub("out"), ImageFolder.FolderName), "*.png").Length);
    }

    [Fact]
    public async Task Gated_output_is_the_same_bytes_at_any_concurrency()
    {
        await RunAsync("a", Gate(new FakeCheck("fake", RejectSome)), concurrency: 1, keepRejected: true);
        await RunAsync("b", Gate(new FakeCheck("fake", RejectSome)), concurrency: 6, keepRejected: true, delay: t => TimeSpan.FromMilliseconds(t.Index % 3 == 0 ? 12 : 1));

        Assert.Equal(File.ReadAllBytes(Path.Combine(Temp.Sub("a"), "samples.jsonl")), File.ReadAllBytes(Path.Combine(Temp.Sub("b"), "samples.jsonl")));
        Assert.Equal(
            File.ReadAllBytes(Path.Combine(Temp.Sub("a"), RejectedSamples.FolderName, RejectedSamples.FileName)),
            File.ReadAllBytes(Path.Combine(Temp.Sub("b"), RejectedSamples.FolderName, RejectedSamples.FileName)));
    }

    [Fact]
    public async Task A_stopped_gated_run_resumes_to_the_uninterrupted_bytes_and_counts()
    {
        using var stop = new CancellationTokenSource();
        var first = new FakeSynthesizer(ChartMatplotlib.Name) { Delay = _ => TimeSpan.FromMilliseconds(15) };
        first.FailWhen = (ticket, stage) =>
        {
            if (ticket.Index == 9 && stage == StageName.Qa)
            {
                stop.Cancel();
            }

            return null;
        };
        var interrupted = await RunAsync("out", Gate(new FakeCheck("fake", RejectSome)), concurrency: 2, keepRejected: true, synthesizer: first, stop: stop.Token);
        Assert.True(interrupted.Cancelled);
        Assert.InRange(Lines("out").Count, 1, 19);

        var resumed = await RunAsync("out", Gate(new FakeCheck("fake", RejectSome)), concurrency: 3, keepRejected: true);
        var fresh = await RunAsync("fresh", Gate(new FakeCheck("fake", RejectSome)), concurrency: 3, keepRejected: true);

        Assert.Equal(File.ReadAllBytes(Path.Combine(Temp.Sub("fresh"), "samples.jsonl")), File.ReadAllBytes(Path.Combine(Temp.Sub("out"), "samples.jsonl")));
        Assert.Equal(
            File.ReadAllBytes(Path.Combine(Temp.Sub("fresh"), RejectedSamples.FolderName, RejectedSamples.FileName)),
            File.ReadAllBytes(Path.Combine(Temp.Sub("out"), RejectedSamples.FolderName, RejectedSamples.FileName)));
        var (expected, actual) = (fresh.Stats.Totals.Quality!, resumed.Stats.Totals.Quality!);
        Assert.Equal(expected, actual with { RejectedByCheck = expected.RejectedByCheck });
        Assert.Equal(expected.RejectedByCheck["fake"].Samples, actual.RejectedByCheck["fake"].Samples);
        Assert.Equal(expected.RejectedByCheck["fake"].Reasons, actual.RejectedByCheck["fake"].Reasons);
    }

    [Fact]
    public async Task A_gated_folder_is_not_resumed_without_the_gate()
    {
        await RunAsync("out", Gate(new FakeCheck("fake", _ => null)), concurrency: 2);

        var error = await Assert.ThrowsAsync<RunStoreException>(() => RunAsync("out", null, concurrency: 2));

        Assert.Contains("quality_gate \"on\" vs (none)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_layout_repairer_gets_the_findings_and_its_rewrite_is_rendered_requestioned_and_written()
    {
        // Fails until the code was relaid, whatever the attempt: only a repair can pass it.
        var check = new FakeCheck("overlap", c => c.Sample.Metadata.Seed % 3 == 0 && !c.Sample.Code.EndsWith(" relaid", StringComparison.Ordinal)
            ? CheckResult.Fail("overlap", 0.5, "labels 'a' and 'b' overlap at (10,20)")
            : null);
        var inner = new FakeSynthesizer(ChartMatplotlib.Name);
        var synthesizer = new RepairingSynthesizer(inner);
        var renderers = new FakeRendererRegistry();

        var result = await RunAsync("out", Gate(check), concurrency: 3, synthesizer: synthesizer, renderers: renderers);

        var lines = Lines("out");
        Assert.Equal(20, lines.Count);
        var repaired = lines.Where(l => JsonNode.Parse(l)!["metadata"]!["layout_repairs"]!.GetValue<int>() == 1).ToList();
        Assert.NotEmpty(repaired);
        Assert.Equal(synthesizer.Requests.Count, repaired.Count);
        Assert.All(synthesizer.Requests, r => Assert.Equal("labels 'a' and 'b' overlap at (10,20)", r.Findings.Single().Reason));
        Assert.All(repaired, l => Assert.EndsWith(" relaid", JsonNode.Parse(l)!["code"]!.GetValue<string>(), StringComparison.Ordinal));
        Assert.Equal(20 + repaired.Count, renderers.Renders);
        Assert.Equal(repaired.Count, inner.Calls.Count(c => c.Key.Stage == StageName.Qa && c.Value == 2));
        var quality = result.Stats.Totals.Quality!;
        Assert.Equal(repaired.Count, quality.Repaired);
        Assert.Equal(0, quality.Rejected);
        Assert.Equal(20, quality.Checked);
    }

    private static QualityChecker Gate(params IQualityCheck[] checks) => new(new FakeOcr(), new QualityOptions(), checks);

    private Task<RunResult> RunAsync(
        string folder,
        QualityChecker? gate,
        int concurrency,
        bool keepRejected = false,
        Func<SampleTicket, TimeSpan>? delay = null,
        ISynthesizer? synthesizer = null,
        FakeRendererRegistry? renderers = null,
        CancellationToken stop = default)
    {
        var options = Options(folder, 20, concurrency, seed: 11, gate: gate, keepRejected: keepRejected);
        synthesizer ??= new FakeSynthesizer(ChartMatplotlib.Name) { Delay = delay ?? (_ => TimeSpan.Zero) };
        return RunEngineAsync(synthesizer, renderers ?? new FakeRendererRegistry(), options, stop);
    }
}
