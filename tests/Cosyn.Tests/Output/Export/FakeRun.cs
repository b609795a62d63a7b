using System.Text.Json;
using Cosyn.Model;
using Cosyn.Output;
using Cosyn.Store;

namespace Cosyn.Tests.Output.Export;

/// <summary>Writes a run folder as generate leaves it (samples.jsonl, real PNGs, run.db, stats.json, run.lock) from hand-made samples.</summary>
internal static class FakeRun
{
    public static string Create(string folder, IReadOnlyList<Sample> samples, IReadOnlyList<StoredSample>? failures = null, bool withStats = true, Func<string, byte[]>? image = null, int seed = 7)
    {
        Directory.CreateDirectory(Path.Combine(folder, "images"));
        foreach (var sample in samples)
        {
            File.WriteAllBytes(Path.Combine(folder, sample.Image), (image ?? (id => NoisePng.For(id)))(sample.Id));
        }

        File.WriteAllLines(Path.Combine(folder, JsonlAppender.FileName), samples.Select(s => JsonSerializer.Serialize(s, CosynJson.Compact)));
        var pipelines = samples.Select(s => s.Metadata.Pipeline).Concat(failures?.Select(f => f.Pipeline) ?? []).Distinct().ToList();
        using (var store = RunStore.Open(folder))
        {
            store.BindConfiguration(JsonSerializer.Serialize(new { pipelines, seed, synthesizer = "procedural", personas = "builtin-v1:test", query = (string?)null, render_attempts = 3, attempts_per_sample = 3 }), (_, _) => "");
            foreach (var failure in failures ?? [])
            {
                store.Record(failure);
            }
        }

        File.WriteAllBytes(Path.Combine(folder, "run.lock"), []);
        if (withStats)
        {
            StatsBuilder.Write(folder, Stats(samples, failures ?? [], pipelines));
        }

        return folder;
    }

    /// <summary>A PNG of per-pixel noise: it does not compress, so a few of them fill a shard.</summary>
    public static byte[] IncompressiblePng(string id, int size)
    {
        var random = new Random(id.Length * 7919 + id[^1]);
        using var bitmap = new SkiaSharp.SKBitmap(size, size);
        var pixels = new byte[size * size * 4];
        random.NextBytes(pixels);
        for (var i = 3; i < pixels.Length; i += 4)
        {
            pixels[i] = 255;
        }

        System.Runtime.InteropServices.Marshal.Copy(pixels, 0, bitmap.GetPixels(), pixels.Length);
        using var image = SkiaSharp.SKImage.FromBitmap(bitmap);
        using var encoded = image.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        return encoded.ToArray();
    }

    public static Sample Sample(string pipeline, int index, int qaPairs = 10, string? code = null, string? question = null)
    {
        var id = $"{pipeline}-s7-{index:D6}";
        var pairs = new List<QaPair>
        {
            new(question ?? $"What is the value of item {index}?", $"The bar for item {index} is labelled {index}. So the answer is {index}.", index.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Which is larger?\nA. 3\nB. 5\nC. 1\nD. 2", "5 is the largest. That is option B.", "B"),
            new("Is the first bar higher than the second?", "It is. So the answer is Yes.", "Yes"),
            new("Describe the main insights of this chart.", "", "A long summary of what the figure shows."),
            new("Who collected the data?", "The figure says nothing about that.", "The chart does not provide this information."),
        };
        while (pairs.Count < qaPairs)
        {
            pairs.Add(new($"What is the total of column {pairs.Count}?", "Adding them: 1 + 2 = 3. So the answer is 3.", "3"));
        }

        var pointing = pipeline == "point-html";
        return new Sample(
            id,
            ImageFolder.RelativePath(id),
            pointing ? [] : pairs.Take(qaPairs).ToList(),
            new SampleMetadata(pipeline, pipeline.Split('-')[1], index % 2 == 0 ? "bar" : "line", $"A persona number {index}", $"Topic {index}", 1000 + index),
            "label,value\na,1\nb,2",
            code ?? "import matplotlib.pyplot as plt\nplt.bar(['a'], [1])",
            pointing ? ["Point to the total.", "Point to every unread email."] : null,
            pointing ? [[new AnswerPoint(10.5, 20)], [new AnswerPoint(30, 40), new AnswerPoint(50.5, 60.25)]] : null);
    }

    public static StoredSample Failure(string pipeline, long index, string stage = "render", string reason = "syntax", string detail = "Traceback: SyntaxError at line 3") =>
        new(index, pipeline, StoredSampleStatus.Failed, null, 0, stage, reason, detail, 3, "{}", false);

    private static RunStats Stats(IReadOnlyList<Sample> samples, IReadOnlyList<StoredSample> failures, IReadOnlyList<string> pipelines)
    {
        PipelineStats For(IReadOnlyList<Sample> written, IReadOnlyList<StoredSample> failed)
        {
            var failuresByStage = failed.GroupBy(f => f.Stage!).ToDictionary(
                g => g.Key, g => (IReadOnlyDictionary<string, int>)g.GroupBy(f => f.Reason!).ToDictionary(r => r.Key, r => r.Count()));
            var render = new RenderStats(written.Count + failed.Count, written.Count, 0, 1, 1, new Dictionary<string, int>(), new Dictionary<string, int>());
            var diversity = new DiversityStats(written.Count, written.Count, 1, 0.9, 0.3, 0.6, 1, 0, 0, written.GroupBy(s => s.Metadata.FigureType).ToDictionary(g => g.Key, g => g.Count()));
            return new PipelineStats(written.Count, written.Count + failed.Count, written.Count, failed.Count, failuresByStage, written.Sum(s => s.QaPairs.Count), written.Count, 0, new Dictionary<string, double>(), render, diversity);
        }

        var perPipeline = pipelines.ToDictionary(p => p, p => For([.. samples.Where(s => s.Metadata.Pipeline == p)], [.. failures.Where(f => f.Pipeline == p)]));
        return new RunStats(samples.Count, 7, "procedural", true, 1.5, samples.Count, For(samples, failures), perPipeline);
    }
}
