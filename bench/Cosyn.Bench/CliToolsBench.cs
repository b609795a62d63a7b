using Cosyn.Rendering.CliTools;
using Cosyn.Rendering.Lilypond;

namespace Cosyn.Bench;

/// <summary>
/// Per command-line tool: latency of one sandboxed render (one process tree per job, so there is no warm path)
/// and throughput with two jobs at once, through the registry as users run it (post-processing included).
/// </summary>
internal static class CliToolsBench
{
    public static async Task<int> RunAsync(int renders)
    {
        var settings = new RenderingSettings { CliTools = new CliToolsSettings() };
        await using var registry = RendererRegistry.CreateDefault(settings);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{renders} renders per tool, sandboxed; {Environment.ProcessorCount} cores"));
        Console.WriteLine("tool        seq renders/s   p50 ms   p95 ms   2-parallel renders/s   failures");
        var failures = 0;
        foreach (var (tool, code) in CliToolsBenchInputs.All)
        {
            var renderer = registry.Get(tool);
            var request = new RenderRequest(tool, code, new RenderOptions());
            var first = await renderer.RenderAsync(request, CancellationToken.None);
            if (!first.Succeeded)
            {
                Console.WriteLine($"{tool,-11} failed: {first.Failure!.Kind} {first.Failure.Message}");
                failures++;
                continue;
            }

            var (latencies, sequential, failed) = await SequentialAsync(renderer, request, renders);
            var parallel = await ParallelAsync(renderer, request, renders);
            latencies.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{tool,-11} {renders / sequential.TotalSeconds,13:0.00} {Percentile(latencies, 0.5),8:0} {Percentile(latencies, 0.95),8:0} {renders / parallel.TotalSeconds,22:0.00} {failed,10}"));
            failures += failed;
        }

        failures += await LilypondBatchingAsync(settings.CliTools.Lilypond, Math.Max(1, renders / 4));
        return failures == 0 ? 0 : 1;
    }

    /// <summary>LilyPond, 4 renders started together: one shared process (batched) versus one process per score.</summary>
    private static async Task<int> LilypondBatchingAsync(CliToolOptions options, int rounds)
    {
        var code = CliToolsBenchInputs.All.First(i => i.Tool == ToolNames.Lilypond).Code;
        var request = new RenderRequest(ToolNames.Lilypond, code, new RenderOptions());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"lilypond, 4 concurrent renders x {rounds}, concurrency {options.Concurrency} (raw renders, no post-processing):"));
        var failures = 0;
        foreach (var (label, batching) in new[] { ("unbatched", LilypondBatchOptions.Disabled), ("batched", new LilypondBatchOptions()) })
        {
            await using var renderer = new LilypondRenderer(options, batching);
            var clock = Stopwatch.StartNew();
            for (var round = 0; round < rounds; round++)
            {
                var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => renderer.RenderAsync(request, CancellationToken.None)));
                failures += results.Count(r => !r.Succeeded);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {label,-10} {4 * rounds / clock.Elapsed.TotalSeconds,6:0.00} renders/s ({renderer.SharedProcesses} shared processes)"));
        }

        return failures;
    }

    private static async Task<(List<double> Latencies, TimeSpan Total, int Failed)> SequentialAsync(IRenderer renderer, RenderRequest request, int renders)
    {
        var latencies = new List<double>();
        var failed = 0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < renders; i++)
        {
            var result = await renderer.RenderAsync(request, CancellationToken.None);
            latencies.Add(result.Elapsed.TotalMilliseconds);
            failed += result.Succeeded ? 0 : 1;
        }

        return (latencies, clock.Elapsed, failed);
    }

    private static async Task<TimeSpan> ParallelAsync(IRenderer renderer, RenderRequest request, int renders)
    {
        var clock = Stopwatch.StartNew();
        using var gate = new SemaphoreSlim(2);
        await Task.WhenAll(Enumerable.Range(0, renders).Select(async _ =>
        {
            await gate.WaitAsync();
            try
            {
                await renderer.RenderAsync(request, CancellationToken.None);
            }
            finally
            {
                gate.Release();
            }
        }));
        return clock.Elapsed;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
