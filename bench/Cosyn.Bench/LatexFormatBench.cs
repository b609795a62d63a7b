using System.Diagnostics;
using System.Globalization;
using Cosyn.Rendering;
using Cosyn.Rendering.CliTools;
using Cosyn.Rendering.Images;
using Cosyn.Rendering.Latex;

namespace Cosyn.Bench;

/// <summary>
/// The LaTeX pipelines rendered from scratch and against formats precompiled per preamble, alternating sample by
/// sample in one run (so machine load hits both alike), with the PNGs compared byte for byte.
/// </summary>
internal static class LatexFormatBench
{
    private static readonly string[] Pipelines = ["chart-latex", "table-latex", "document-latex", "math-latex", "circuit-latex", "diagram-latex"];

    public static async Task<int> RunAsync(int perPipeline)
    {
        var cache = Path.Combine(Path.GetTempPath(), $"cosyn-bench-formats-{Guid.NewGuid():N}");
        var options = new CliToolOptions { Concurrency = 1 };
        var policy = LatexTool.Definition.ImagePolicy;
        // Before: every document compiled from scratch, pdftoppm writing its own PNG. After: the defaults.
        await using var plain = new PostProcessingRenderer(new LatexRenderer(options with { RawRaster = false }, new LatexFormatOptions { Enabled = false }), policy);
        await using var formatted = new PostProcessingRenderer(new LatexRenderer(options, new LatexFormatOptions { Enabled = true, Directory = cache }), policy);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{perPipeline} samples per pipeline, render stage (sandboxed compile, raster, layout, post-processing), one at a time; {Environment.ProcessorCount} cores"));
        Console.WriteLine("before: compiled from scratch, pdftoppm PNG; after: preamble formats, raw raster. First pass builds the formats (not compared).");
        Console.WriteLine("                           wall ms per render                   CPU ms per render (sandboxed tools + post-processing)");
        Console.WriteLine("pipeline        preambles  first pass  before  after  speed-up   before  after  speed-up   PNG differs");
        var failures = 0;
        try
        {
            foreach (var pipeline in Pipelines)
            {
                var codes = BenchSamples.Codes(pipeline, perPipeline);
                var preambles = codes.Select(c => LatexPreamble.Split(c)?.Prefix ?? c).Distinct(StringComparer.Ordinal).Count();
                // First pass: builds each preamble's format once (not counted in the comparison).
                double first = 0, scratch = 0, withFormat = 0, scratchCpu = 0, withFormatCpu = 0;
                foreach (var code in codes)
                {
                    first += (await TimedAsync(formatted, code)).Milliseconds;
                }

                var differs = 0;
                foreach (var code in codes)
                {
                    var cpu = CpuClock.Seconds();
                    var (a, before) = await TimedAsync(plain, code);
                    var cpuBetween = CpuClock.Seconds();
                    var (b, after) = await TimedAsync(formatted, code);
                    scratchCpu += (cpuBetween - cpu) * 1000;
                    withFormatCpu += (CpuClock.Seconds() - cpuBetween) * 1000;
                    scratch += before;
                    withFormat += after;
                    failures += (a.Succeeded ? 0 : 1) + (b.Succeeded ? 0 : 1);
                    differs += a.Png is { } x && b.Png is { } y && x.AsSpan().SequenceEqual(y) ? 0 : 1;
                }

                var n = codes.Count;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{pipeline,-15} {preambles,9}  {first / n,10:0}  {scratch / n,6:0}  {withFormat / n,5:0}  {scratch / withFormat,7:0.00}x   {scratchCpu / n,6:0}  {withFormatCpu / n,5:0}  {scratchCpu / withFormatCpu,7:0.00}x   {differs,11}"));
                failures += differs;
            }
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }

        return failures == 0 ? 0 : 1;
    }

    private static async Task<(RenderResult Result, double Milliseconds)> TimedAsync(PostProcessingRenderer renderer, string code)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await renderer.RenderAsync(new RenderRequest(ToolNames.Latex, code, new RenderOptions()), CancellationToken.None);
        return (result, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
}
