using Cosyn.Quality;
using Cosyn.Rendering.Images;
using Cosyn.Rendering.Matplotlib;
using Cosyn.Rendering.Python;

namespace Cosyn.Bench;

/// <summary>
/// Issue 17's goal: cosyn's matplotlib render stage (sandboxed worker + image post-processing) against the same
/// generated scripts <c>exec</c>'d in one unsandboxed Python process at the same DPI, interleaved script by script so
/// the shared machine's load falls on both alike; then where the stage's time goes.
/// </summary>
internal static class MatplotlibBench
{
    private const string Pipeline = "chart-matplotlib";

    public static async Task<int> RunAsync(int count = 30)
    {
        var codes = BenchSamples.Codes(Pipeline, count);
        var render = new RenderOptions();
        var tool = ToolRegistry.Find(ToolNames.Matplotlib)!;
        var options = new PythonWorkerOptions { Concurrency = 1 };
        var clock = Stopwatch.StartNew();
        double stage = 0, exec = 0;
        await using (var renderer = new PostProcessingRenderer(tool.CreateRenderer(new RenderingSettings { Python = options }), tool.ImagePolicy))
        await using (var reference = MatplotlibExecReference.Start(100 * render.Scale))
        {
            // Warm both (worker start, first-call JIT, font cache), then time each script on both, alternating.
            await RenderAsync(renderer, codes[0], render);
            await reference.RunAsync(codes[0]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Pipeline}: {count} scripts, DPI {100 * render.Scale}, concurrency 1 (warm-up {clock.Elapsed.TotalSeconds:0.0} s)"));
            foreach (var code in codes)
            {
                clock.Restart();
                await RenderAsync(renderer, code, render);
                stage += clock.Elapsed.TotalSeconds;
                exec += await reference.RunAsync(code);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"render stage {stage / count * 1000:0} ms/chart; in-process exec + savefig(bbox_inches='tight') {exec / count * 1000:0} ms/chart; ratio {stage / exec:0.00}x (goal <= 1.3x)"));
        await BreakdownAsync(codes, render, options);
        return 0;
    }

    private static async Task<RenderResult> RenderAsync(PostProcessingRenderer renderer, string code, RenderOptions render)
    {
        var result = await renderer.RenderAsync(new RenderRequest(ToolNames.Matplotlib, code, render), CancellationToken.None);
        return result.Succeeded ? result : throw new InvalidOperationException($"render failed: {result.Failure}");
    }

    // The stage's parts, measured on their own pools: the worker round trip (sandboxed and not) split by the job's own
    // timings, then the C# side (post-processing, layout facts) and the engine's hash of the final PNG.
    private static async Task BreakdownAsync(IReadOnlyList<string> codes, RenderOptions render, PythonWorkerOptions options)
    {
        var parts = new SortedDictionary<string, double>(StringComparer.Ordinal);
        void Add(string part, double seconds) => parts[part] = parts.GetValueOrDefault(part) + seconds;
        await using var sandboxed = new PythonWorkerPool(MatplotlibRenderer.Configure(options));
        await using var bare = new PythonWorkerPool(MatplotlibRenderer.Configure(options with { Sandbox = options.Sandbox with { DangerouslyDisableSandbox = true } }));
        await sandboxed.RunAsync(codes[0], render, CancellationToken.None);
        await bare.RunAsync(codes[0], render, CancellationToken.None);
        var policy = ImagePolicies.For(ToolNames.Matplotlib);
        var clock = new Stopwatch();
        var kept = 0;
        foreach (var code in codes)
        {
            clock.Restart();
            var run = await sandboxed.RunAsync(code, render, CancellationToken.None);
            var roundTrip = clock.Elapsed.TotalSeconds;
            Add("worker round trip (sandboxed)", roundTrip);
            clock.Restart();
            var bareRun = await bare.RunAsync(code, render, CancellationToken.None);
            _ = bareRun.Output ?? throw new InvalidOperationException($"unsandboxed render failed: {bareRun.FailureFor(ToolNames.Matplotlib)}");
            Add("worker round trip (no sandbox)", clock.Elapsed.TotalSeconds);
            var timings = run.Reply?.Timings ?? new Dictionary<string, double>();
            foreach (var (phase, seconds) in timings.Where(t => t.Key != "child"))
            {
                Add($"  job: {phase}", seconds);
            }

            var child = timings.GetValueOrDefault("child");
            Add("  hand-off (round trip - fork to exit)", roundTrip - child);
            Add("  job: fork, limits, exit (fork to exit - exec - produce)", child - timings.GetValueOrDefault("exec") - timings.GetValueOrDefault("produce"));
            Add("  job: layout measure", run.Reply?.Layout?.Seconds ?? 0);
            var png = run.Output ?? throw new InvalidOperationException($"render failed: {run.FailureFor(ToolNames.Matplotlib)}");
            clock.Restart();
            var image = ImagePostProcessor.Process(png, policy);
            Add("C# post-process (decode, crop, checks, encode)", clock.Elapsed.TotalSeconds);
            kept += ReferenceEquals(image.Png, png) ? 1 : 0;
            clock.Restart();
            var (width, height) = Cosyn.Rendering.Targets.PngSize.Read(png);
            var facts = run.Reply?.Layout?.ToFacts(width, height);
            if (facts is not null && image.Accepted)
            {
                image.Transform.Apply(facts, image.Width, image.Height);
            }

            Add("C# layout facts (map to final PNG)", clock.Elapsed.TotalSeconds);
            clock.Restart();
            PerceptualHash.Compute(image.Png ?? png);
            Add("engine hash (after the stage)", clock.Elapsed.TotalSeconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"post-processing kept the worker's PNG (no re-encode) for {kept} of {codes.Count}"));
        Console.WriteLine("breakdown, ms per chart (job phases are inside the sandboxed round trip):");
        foreach (var (part, seconds) in parts)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {part,-58} {seconds / codes.Count * 1000,7:0.0}"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {"sandbox overhead (sandboxed - no sandbox)",-58} {(parts["worker round trip (sandboxed)"] - parts["worker round trip (no sandbox)"]) / codes.Count * 1000,7:0.0}"));
    }
}
