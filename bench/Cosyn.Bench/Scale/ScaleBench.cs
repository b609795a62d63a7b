using System.Diagnostics;
using System.Globalization;
using Cosyn.Catalog;
using Cosyn.Engine;
using Cosyn.Hosting;
using Cosyn.Rendering;

namespace Cosyn.Bench.Scale;

/// <summary>
/// <c>generate --pipeline all</c> through the real engine, synthesizer and store at the default concurrency: samples/s,
/// where the time goes by stage and by tool, and memory (RSS, GC heap, handles, workers alive) as the count grows, to
/// show it stays flat. With <c>fake</c> every render is an instant block image and the quality gate is off, so a 20K run
/// measures the engine's own growth (stats, run.db, writers, caches) in minutes instead of hours.
/// </summary>
internal static class ScaleBench
{
    private static readonly string[] Synthesis = ["topic", "data", "code", "qa"];

    public static async Task<int> RunAsync(int count, bool fake)
    {
        var pipelines = PipelineCatalog.All.Where(p => CosynDefaults.Synthesizer.Supports(p.Name)).ToList();
        var concurrency = Environment.ProcessorCount;
        var folder = Path.Combine(Path.GetTempPath(), $"cosyn-bench-scale-{Guid.NewGuid():N}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"generate --pipeline all ({pipelines.Count} pipelines), {count} samples, concurrency {concurrency} (the default), {Environment.ProcessorCount} cores"));
        Console.WriteLine(fake
            ? "renders: FAKE instant renderer (a 256x192 block PNG from the code's hash), quality gate off: measures engine-side growth"
            : "renders: real sandboxed tools, quality gate on (as generate runs it)");
        Console.WriteLine("  written  elapsed s  samples/s    RSS MB  GC heap MB  handles  workers  workers RSS MB");
        try
        {
            var real = fake ? null : CosynDefaults.CreateRenderers(concurrency);
            await using var renderers = new TimedRenderers(real ?? (IRendererRegistry)new FakeRenderers(ToolRegistry.Names));
            var engine = new RunEngine(CosynDefaults.Synthesizer, renderers, TimeProvider.System);
            var options = new RunOptions
            {
                Pipelines = pipelines, Count = count, OutputFolder = folder, Seed = 1, Concurrency = concurrency,
                QualityGate = fake ? null : CosynDefaults.CreateQualityGate(),
            };
            var progress = new RunProgress();
            var clock = Stopwatch.StartNew();
            var run = engine.RunAsync(options, CosynDefaults.Personas(null, 1), progress, CancellationToken.None);
            var step = count <= 2_000 ? 250 : 1_000;
            var next = Math.Min(step, count);
            // The probe taken when the last sample was written: the engine's memory as the stats stage starts.
            var beforeStats = MemoryProbe.Take();
            var lastWritten = 0;
            while (!run.IsCompleted)
            {
                await Task.WhenAny(run, Task.Delay(500)).ConfigureAwait(false);
                var written = progress.Snapshot().Sum(p => p.Written);
                if (written > lastWritten)
                {
                    (beforeStats, lastWritten) = (MemoryProbe.Take(), written);
                }

                if (written >= next)
                {
                    PrintMemory(written, clock.Elapsed.TotalSeconds);
                    next = (written / step + 1) * step;
                }
            }

            var result = await run.ConfigureAwait(false);
            PrintMemory(result.Stats.SessionSamples, clock.Elapsed.TotalSeconds, "after stats.json");
            using (var self = Process.GetCurrentProcess())
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"stats stage: {result.Timings.StatsSeconds:0.0} s, RSS {beforeStats.RssBytes / 1e6:0} MB (when the last sample was written) -> {MemoryProbe.Take().RssBytes / 1e6:0} MB; peak RSS {self.PeakWorkingSet64 / 1e6:0} MB"));
            }

            await PrintResumedStatsAsync(engine, options).ConfigureAwait(false);

            PrintTimes(result, renderers.Times, fake);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        return 0;
    }

    // A second session of the finished run (a resume with nothing left to do) pays only the stats: topic vectors come from run.db.
    private static async Task PrintResumedStatsAsync(RunEngine engine, RunOptions options)
    {
        var resumed = await engine.RunAsync(options, CosynDefaults.Personas(null, 1), new RunProgress(), CancellationToken.None).ConfigureAwait(false);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"stats stage of a resume (nothing left to generate): {resumed.Timings.StatsSeconds:0.0} s, RSS {MemoryProbe.Take().RssBytes / 1e6:0} MB"));
    }

    private static void PrintMemory(int written, double seconds, string note = "")
    {
        var probe = MemoryProbe.Take();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{written,9}  {seconds,9:0}  {written / seconds,9:0.00}  {probe.RssBytes / 1e6,8:0}  {probe.GcHeapBytes / 1e6,10:0}  {probe.Handles,7}  {probe.Workers,7}  {probe.WorkersRssBytes / 1e6,14:0}  {note}"));
    }

    private static void PrintTimes(RunResult result, IReadOnlyList<ToolTime> tools, bool fake)
    {
        var stats = result.Stats;
        var written = stats.Pipelines.Values.Sum(p => p.Written);
        var terminal = stats.Pipelines.Values.Sum(p => p.Planned);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{written} written of {terminal} attempts in {stats.SessionSeconds:0.0} s: {stats.SessionSamples / stats.SessionSeconds:0.00} samples/s{(fake ? " (fake renders)" : " (goal >= 2)")}"));

        // Stage seconds summed over every attempt and worker (stats.json keeps means per pipeline over its attempts).
        var summed = stats.Pipelines.Values
            .SelectMany(p => p.MeanStageSeconds.Select(kv => (kv.Key, Seconds: kv.Value * p.Planned)))
            .GroupBy(s => s.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(s => s.Seconds), StringComparer.Ordinal);
        var layout = tools.Sum(t => t.LayoutSeconds);
        var stages = new (string Name, double Seconds)[]
        {
            ("plan", result.Timings.PlanSeconds),
            ("synthesize", Synthesis.Sum(s => summed.GetValueOrDefault(s))),
            ("render", summed.GetValueOrDefault("render") + summed.GetValueOrDefault("image") - layout),
            ("layout", layout),
            ("quality", summed.GetValueOrDefault("quality")),
            ("write", result.Timings.WriteSeconds),
            ("stats.json", result.Timings.StatsSeconds),
        };
        var total = stages.Sum(s => s.Seconds);
        Console.WriteLine("stage        total s  ms/attempt  share   (summed over workers; render excludes the layout measure inside it)");
        foreach (var (name, seconds) in stages)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-11} {seconds,8:0.0}  {1000 * seconds / Math.Max(1, terminal),10:0.0}  {100 * seconds / total,4:0}%"));
        }

        Console.WriteLine(string.Join("  ", Synthesis.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s} {summed.GetValueOrDefault(s):0.0} s"))) + "  (synthesize, split)");
        var renderTotal = tools.Sum(t => t.Seconds);
        Console.WriteLine("tool         renders   total s  share of render  mean ms/render  layout ms/render");
        foreach (var tool in tools)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{tool.Tool,-11} {tool.Renders,8}  {tool.Seconds,8:0.0}  {100 * tool.Seconds / Math.Max(1e-9, renderTotal),14:0}%  {1000 * tool.Seconds / Math.Max(1, tool.Renders),14:0.0}  {1000 * tool.LayoutSeconds / Math.Max(1, tool.Renders),16:0.0}"));
        }

        var failures = stats.Pipelines.SelectMany(p => p.Value.Failures.SelectMany(s => s.Value.Select(r => (Key: $"{s.Key}/{r.Key}", r.Value))))
            .GroupBy(f => f.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Sum(f => f.Value)}").ToList();
        if (failures.Count > 0)
        {
            Console.WriteLine("failed attempts: " + string.Join(", ", failures));
        }
    }
}
