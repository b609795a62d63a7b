using System.Text;
using System.Text.Json;
using Cosyn.Model;
using Cosyn.Output;
using Cosyn.Output.Export;
using Cosyn.Store;
using SkiaSharp;

namespace Cosyn.Bench;

/// <summary>
/// Export throughput and memory: writes a synthetic run of COUNT samples over five pipelines (60-90 KB PNGs, 10 QA
/// pairs, a few KB of code and data each), exports it, and prints rows/s and the export's peak RSS. Target (issue 16):
/// RSS at most 300 MB exporting 20K samples, whatever the count.
/// </summary>
internal static class ExportBench
{
    private static readonly string[] Pipelines = ["chart-matplotlib", "table-html", "document-latex", "diagram-graphviz", "point-html"];

    public static async Task<int> RunAsync(int count, ExportFormat format)
    {
        var root = Path.Combine(Path.GetTempPath(), $"cosyn-export-bench-{Guid.NewGuid():N}");
        try
        {
            var run = Path.Combine(root, "run");
            var setup = Stopwatch.StartNew();
            CreateRun(run, count);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"synthetic run: {count} samples in {setup.Elapsed.TotalSeconds:0.0} s"));

            GC.Collect();
            ResetPeakRss();
            var baseline = Rss();
            var clock = Stopwatch.StartNew();
            var options = new ExportOptions { Format = format, Output = Path.Combine(root, "out") };
            var result = await ExportRunner.RunAsync(ExportInput.Open([run], allowPartial: false, ConfigBy.Category), options, force: false, CancellationToken.None);
            var seconds = clock.Elapsed.TotalSeconds;
            var bytes = Directory.GetFiles(options.Output, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"export {format.ToString().ToLowerInvariant()}: {result.Exported} rows in {seconds:0.0} s = {result.Exported / seconds:0} rows/s, {bytes / 1e6:0} MB written, {result.Files.Count} files"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"RSS: {baseline / 1e6:0} MB before, peak {PeakRss() / 1e6:0} MB during the export (target <= 300 MB)"));
            return 0;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    // Every image differs (a few noise PNGs, each copy tagged with its id in a text chunk): identical bytes would be
    // dictionary-encoded by Parquet and make the export look smaller and faster than a real run's.
    private static void CreateRun(string run, int count)
    {
        Directory.CreateDirectory(Path.Combine(run, ImageFolder.FolderName));
        var originals = Enumerable.Range(0, 8).Select(i => NoisePng(i, 150 + (i * 4))).ToList();

        var code = new string('x', 3000);
        using (var writer = new StreamWriter(Path.Combine(run, JsonlAppender.FileName), false, new UTF8Encoding(false), 1 << 16))
        {
            for (var i = 0; i < count; i++)
            {
                var pipeline = Pipelines[i % Pipelines.Length];
                var id = $"{pipeline}-s0-{i:D6}";
                File.WriteAllBytes(Path.Combine(run, ImageFolder.RelativePath(id)), PngText.Tag(originals[i % originals.Count], id));
                writer.WriteLine(JsonSerializer.Serialize(Sample(id, pipeline, i, code), CosynJson.Compact));
            }
        }

        using var store = RunStore.Open(run);
        store.BindConfiguration(JsonSerializer.Serialize(new { pipelines = Pipelines, seed = 0, synthesizer = "procedural" }), (_, _) => "");
    }

    private static Sample Sample(string id, string pipeline, int index, string code)
    {
        var pointing = pipeline == "point-html";
        var pairs = Enumerable.Range(0, 10).Select(q => new QaPair($"Question {q} about sample {index}: what is the value of the {q}th bar?", $"The bar is labelled {q * index}. So the answer is {q * index}.", (q * index).ToString(CultureInfo.InvariantCulture))).ToList();
        return new Sample(id, ImageFolder.RelativePath(id), pointing ? [] : pairs,
            new SampleMetadata(pipeline, "tool", "bar", $"A persona who cares about item {index}", $"Topic {index}", index),
            "label,value\n" + string.Join('\n', Enumerable.Range(0, 40).Select(r => $"row {r},{r * index}")), code,
            pointing ? ["Point to the total.", "Point to every unread email."] : null,
            pointing ? [[new AnswerPoint(10, 20)], [new AnswerPoint(30, 40), new AnswerPoint(50, 60)]] : null);
    }

    private static byte[] NoisePng(int seed, int size)
    {
        var random = new Random(seed);
        using var bitmap = new SKBitmap(size, size);
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                bitmap.SetPixel(x, y, new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)));
            }
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    // Linux: writing 5 to clear_refs resets VmHWM, so the peak measured is the export's, not the setup's.
    private static void ResetPeakRss()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.WriteLine("note: cannot reset the peak RSS; it includes the setup");
        }
    }

    private static long Rss() => StatusKb("VmRSS") * 1024;

    private static long PeakRss() => StatusKb("VmHWM") * 1024;

    private static long StatusKb(string key)
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith(key + ":", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }
}
