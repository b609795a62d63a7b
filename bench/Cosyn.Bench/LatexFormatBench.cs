using Cosyn.Rendering.CliTools;
using Cosyn.Rendering.Images;
using Cosyn.Rendering.Latex;
using Cosyn.Rendering.Processes;

namespace Cosyn.Bench;

/// <summary>
/// The LaTeX pipelines rendered from scratch and against formats precompiled per preamble, alternating sample by
/// sample in one run (so machine load hits both alike), with the PNGs compared byte for byte. Prints the pdflatex
/// compile (what formats change) and the whole render stage, wall and CPU, the CPU of sandboxed tools included.
/// </summary>
internal static class LatexFormatBench
{
    private const double Goal = 1.6;
    private const int LongRun = 400;
    private static readonly string[] Pipelines = ["chart-latex", "table-latex", "document-latex", "math-latex", "circuit-latex", "diagram-latex"];

    public static async Task<int> RunAsync(int perPipeline)
    {
        var cache = Path.Combine(Path.GetTempPath(), $"cosyn-bench-formats-{Guid.NewGuid():N}");
        var options = new CliToolOptions { Concurrency = 1 };
        var policy = LatexTool.Definition.ImagePolicy;
        // Before: every document compiled from scratch. After: the defaults (formats on). Nothing else differs.
        var plainRunner = new SandboxCpuRunner(new ProcessRunner());
        var formattedRunner = new SandboxCpuRunner(new ProcessRunner());
        var latex = new LatexRenderer(options, formattedRunner, TimeProvider.System, new LatexFormatOptions { Directory = cache });
        await using var plain = new PostProcessingRenderer(new LatexRenderer(options, plainRunner, TimeProvider.System, new LatexFormatOptions { Enabled = false }), policy);
        await using var formatted = new PostProcessingRenderer(latex, policy);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{perPipeline} samples per pipeline, one at a time, before and after alternating; {Environment.ProcessorCount} cores"));
        Console.WriteLine("before: compiled from scratch; after: preamble formats (the default). A first pass builds the formats (not compared).");
        Console.WriteLine("compile = the pdflatex runs; render = the whole stage (pdflatex, pdfinfo, pdftoppm, pdftotext, post-processing).");
        Console.WriteLine("CPU counts the sandboxed tools (GNU time inside the sandbox) and, for render, this process too. ms per sample.");
        Console.WriteLine("pipeline        preambles hits | compile wall      x | compile CPU       x | render wall       x | render CPU        x | PNG differs");
        var failures = 0;
        var missed = new List<string>();
        var longRun = new List<string>();
        var firstPasses = new List<string>();
        try
        {
            foreach (var pipeline in Pipelines)
            {
                var codes = BenchSamples.Codes(pipeline, perPipeline);
                var preambles = codes.Select(c => LatexPreamble.Split(c)?.Prefix ?? c).Distinct(StringComparer.Ordinal).Count();
                // How many formats a long run of this pipeline needs (code only, nothing rendered).
                var inLongRun = BenchSamples.Codes(pipeline, LongRun).Select(c => LatexPreamble.Split(c)?.Prefix).OfType<string>().Distinct(StringComparer.Ordinal).Count();
                var firstStarted = Stopwatch.GetTimestamp();
                foreach (var code in codes)
                {
                    await RenderAsync(formatted, code);
                }

                var firstPass = Stopwatch.GetElapsedTime(firstStarted).TotalSeconds;

                var hits = latex.FormatStats.Hits;
                var before = new Totals();
                var after = new Totals();
                var differs = 0;
                foreach (var code in codes)
                {
                    var (a, b) = (await before.MeasureAsync(plain, plainRunner, code), await after.MeasureAsync(formatted, formattedRunner, code));
                    failures += (a.Succeeded ? 0 : 1) + (b.Succeeded ? 0 : 1);
                    differs += a.Png is { } x && b.Png is { } y && x.AsSpan().SequenceEqual(y) ? 0 : 1;
                }

                var n = codes.Count;
                var ratios = new[] { before.CompileWall / after.CompileWall, before.CompileCpu / after.CompileCpu };
                if (pipeline != "diagram-latex" && ratios.Any(r => r < Goal))
                {
                    missed.Add(pipeline);
                }

                longRun.Add(string.Create(CultureInfo.InvariantCulture, $"{pipeline} {inLongRun}"));
                firstPasses.Add(string.Create(CultureInfo.InvariantCulture, $"{pipeline} {firstPass * 1000 / n:0} ms (before {before.RenderWall * 1000 / n:0})"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{pipeline,-15} {preambles,9} {latex.FormatStats.Hits - hits,4} | {Pair(before.CompileWall, after.CompileWall, n)} | {Pair(before.CompileCpu, after.CompileCpu, n)} | {Pair(before.RenderWall, after.RenderWall, n)} | {Pair(before.RenderCpu, after.RenderCpu, n)} | {differs,11}"));
                failures += differs;
            }
        }
        finally
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"formats built {latex.FormatStats.Builds}, documents compiled with a format {latex.FormatStats.Hits}, fallbacks {latex.FormatStats.FallbackCount}, formats dropped {latex.FormatStats.DroppedFormats}"));
            foreach (var (reason, count) in latex.FormatStats.Fallbacks)
            {
                Console.WriteLine($"fallback {reason}: {count} (last: {latex.FormatStats.LastDetails.GetValueOrDefault(reason, "-")})");
            }

            Directory.Delete(cache, recursive: true);
        }

        Console.WriteLine($"render wall of the first pass (a new preamble: -ini run, then the compile), per sample: {string.Join(", ", firstPasses)}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"distinct precompilable preambles in {LongRun} samples: {string.Join(", ", longRun)}"));

        Console.WriteLine(missed.Count == 0
            ? string.Create(CultureInfo.InvariantCulture, $"goal met: compile wall and CPU >= {Goal}x on the five pipelines")
            : string.Create(CultureInfo.InvariantCulture, $"goal missed (compile < {Goal}x): {string.Join(", ", missed)}"));
        return failures == 0 ? 0 : 1;
    }

    private static string Pair(double before, double after, int n) =>
        string.Create(CultureInfo.InvariantCulture, $"{before * 1000 / n,5:0} {after * 1000 / n,5:0} {before / after,5:0.00}x");

    private static async Task<RenderResult> RenderAsync(PostProcessingRenderer renderer, string code) =>
        await renderer.RenderAsync(new RenderRequest(ToolNames.Latex, code, new RenderOptions()), CancellationToken.None);

    /// <summary>Seconds summed over one side's samples.</summary>
    private sealed class Totals
    {
        public double CompileWall { get; private set; }

        public double CompileCpu { get; private set; }

        public double RenderWall { get; private set; }

        public double RenderCpu { get; private set; }

        public async Task<RenderResult> MeasureAsync(PostProcessingRenderer renderer, SandboxCpuRunner runner, string code)
        {
            var (compileCpu, compileWall) = runner.Totals("pdflatex");
            var (toolsCpu, _) = runner.Totals();
            var self = CpuClock.Seconds();
            var started = Stopwatch.GetTimestamp();
            var result = await RenderAsync(renderer, code);
            RenderWall += Stopwatch.GetElapsedTime(started).TotalSeconds;
            RenderCpu += CpuClock.Seconds() - self + runner.Totals().CpuSeconds - toolsCpu;
            CompileCpu += runner.Totals("pdflatex").CpuSeconds - compileCpu;
            CompileWall += runner.Totals("pdflatex").WallSeconds - compileWall;
            return result;
        }
    }
}
