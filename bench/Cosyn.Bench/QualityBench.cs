using System.Text.Json;
using Cosyn.Catalog;
using Cosyn.Engine;
using Cosyn.Model;
using Cosyn.Hosting;
using Cosyn.Output.Runs;
using Cosyn.Quality;
using Cosyn.Quality.Checks;
using Cosyn.Quality.Ocr;

namespace Cosyn.Bench;

/// <summary>
/// The quality checks on clean offline renders (#13): generates PER_PIPELINE samples of every offline pipeline
/// (the samples <c>cosyn demo</c> makes: seed 0), renders each sample's code once more (the render the gate in <c>generate</c> judges,
/// with its layout facts), runs every check and prints the flagged share by check and by pipeline (on clean renders
/// a flag is a false positive or a writer defect) and the check cost per sample as a share of the render time.
/// A folder given as DIR is kept (and reused when it already holds a run), with quality-bench.jsonl for inspection.
/// </summary>
internal static class QualityBench
{
    public static async Task<int> RunAsync(int perPipeline, string? folder)
    {
        var keep = folder is not null;
        folder ??= Path.Combine(Path.GetTempPath(), $"cosyn-quality-{Guid.NewGuid():N}");
        try
        {
            if (!File.Exists(Path.Combine(folder, "samples.jsonl")))
            {
                await GenerateAsync(perPipeline, folder);
            }

            return await CheckAsync(RunFolderReader.Open(folder, allowPartial: false));
        }
        finally
        {
            if (!keep)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static async Task GenerateAsync(int perPipeline, string folder)
    {
        var pipelines = PipelineCatalog.All.Where(p => CosynDefaults.Synthesizer.Supports(p.Name)).ToList();
        await using var renderers = CosynDefaults.CreateRenderers(2);
        var engine = new RunEngine(CosynDefaults.Synthesizer, renderers, TimeProvider.System);
        var options = new RunOptions { Pipelines = pipelines, Count = perPipeline * pipelines.Count, OutputFolder = folder, Seed = 0, Concurrency = 2 };
        await engine.RunAsync(options, CosynDefaults.Personas(null, 0), new RunProgress(), CancellationToken.None);
    }

    private static async Task<int> CheckAsync(RunFolderReader run)
    {
        var options = new QualityOptions();
        var ocr = TesseractOcr.CreateDefault(options.OcrTimeout);
        // One renderer at a time: render and check times are then both single-core wall times.
        await using var renderers = CosynDefaults.CreateRenderers(1);
        var rows = new List<Row>();
        await using var details = new StreamWriter(Path.Combine(run.Path, "quality-bench.jsonl"));
        foreach (var sample in run.Rows().Select(r => r.Sample).OfType<Sample>())
        {
            var tool = sample.Metadata.Tool;
            var result = await renderers.Get(tool).RenderAsync(new RenderRequest(tool, sample.Code, new RenderOptions()), CancellationToken.None);
            if (result.Png is not { } png)
            {
                Console.WriteLine($"  {sample.Id}: render failed: {result.Failure}");
                continue;
            }

            // What QualityChecker.CheckAsync does, timed per check (the first check to read the pixels pays the decode).
            var context = new CheckContext(sample, png, result.Layout, ocr);
            var results = new List<CheckResult>();
            var perCheck = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
            foreach (var each in QualityChecker.All)
            {
                var started = Stopwatch.GetTimestamp();
                results.Add(await each.RunAsync(context, options));
                perCheck[each.Name] = Stopwatch.GetElapsedTime(started);
            }

            var quality = new SampleQuality(results);
            var check = perCheck.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b);
            rows.Add(new Row(sample.Metadata.Pipeline, quality, result.Elapsed, check, result.Layout?.Measured == true, perCheck));
            await details.WriteLineAsync(JsonSerializer.Serialize(new
            {
                id = sample.Id,
                image = sample.Image,
                pipeline = sample.Metadata.Pipeline,
                layout = result.Layout?.Source.ToString(),
                render_ms = Math.Round(result.Elapsed.TotalMilliseconds),
                check_ms = Math.Round(check.TotalMilliseconds),
                failed = quality.Checks.Where(c => !c.Passed),
                boxes = quality.Passed ? null : result.Layout?.Texts,
            }));
        }

        Report(rows);
        return 0;
    }

    private static void Report(List<Row> rows)
    {
        var n = rows.Count;
        var flagged = rows.Count(r => !r.Quality.Passed);
        Console.WriteLine($"{n} clean offline samples over {rows.Select(r => r.Pipeline).Distinct().Count()} pipelines, {rows.Count(r => r.Measured)} with layout facts");
        Console.WriteLine();
        Console.WriteLine($"{"check",-30} {"flagged",8} {"share",7} {"mean ms",8}");
        foreach (var each in QualityChecker.All)
        {
            var failed = rows.Count(r => r.Quality.Failed.Contains(each.Name));
            var ms = rows.Average(r => r.PerCheck[each.Name].TotalMilliseconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{each.Name,-30} {failed,8} {100.0 * failed / n,6:0.0}% {ms,8:0.0}"));
        }

        var layoutDefects = rows.Count(r => r.Quality.Failed.Any(f => f is TextOverlapCheck.CheckName or ClippedTextCheck.CheckName));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"any check (false-positive rate)",-30} {flagged,8} {100.0 * flagged / n,6:0.0}%   (target <= 5 %)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"overlap or clipping",-30} {layoutDefects,8} {100.0 * layoutDefects / n,6:0.0}%"));
        Console.WriteLine();
        Console.WriteLine($"{"pipeline",-20} {"flagged",8}  checks");
        foreach (var group in rows.GroupBy(r => r.Pipeline).Where(g => g.Any(r => !r.Quality.Passed)))
        {
            var checks = group.SelectMany(r => r.Quality.Failed).GroupBy(c => c).Select(c => $"{c.Key} {c.Count()}");
            Console.WriteLine($"{group.Key,-20} {group.Count(r => !r.Quality.Passed),8}  {string.Join(", ", checks)}");
        }

        var render = rows.Average(r => r.Render.TotalMilliseconds);
        var check = rows.Average(r => r.Check.TotalMilliseconds);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cost per sample: render {render:0} ms, checks {check:0} ms = {check / render:P1} of the render (goal < 25 %); without layout facts (OCR) {Mean(rows.Where(r => !r.Measured)):0} ms"));
    }

    private static double Mean(IEnumerable<Row> rows) => rows.Select(r => r.Check.TotalMilliseconds).DefaultIfEmpty(0).Average();

    private sealed record Row(string Pipeline, SampleQuality Quality, TimeSpan Render, TimeSpan Check, bool Measured, IReadOnlyDictionary<string, TimeSpan> PerCheck);
}
