using System.Text.Json;
using Cosyn.Catalog;
using Cosyn.Engine;
using Cosyn.Hosting;
using Cosyn.Quality;

namespace Cosyn.Bench;

/// <summary>
/// Diversity of one pipeline's output: near-duplicate image rate by perceptual hash (256-bit dHash, distance &lt;= 10)
/// and distinct topics, over COUNT samples of the real pipeline. Targets (issue 4): under 5 % and over 90 %.
/// </summary>
internal static class DiversityBench
{
    public static async Task<int> RunAsync(IReadOnlyList<string> pipelineNames, int count)
    {
        Console.WriteLine($"{"pipeline",-18} {"samples",7} {"near-dup images",16} {"distinct topics",16} {"distinct questions",19}");
        foreach (var name in pipelineNames)
        {
            var pipeline = PipelineCatalog.Find(name);
            if (pipeline is null || !CosynDefaults.Synthesizer.Supports(pipeline.Name))
            {
                await Console.Error.WriteLineAsync($"bench: '{name}' is not an implemented pipeline");
                return 1;
            }

            var folder = Path.Combine(Path.GetTempPath(), $"cosyn-diversity-{name}-{Guid.NewGuid():N}");
            try
            {
                await using (var renderers = CosynDefaults.CreateRenderers(2))
                {
                    var engine = new RunEngine(CosynDefaults.Synthesizer, renderers, TimeProvider.System);
                    var options = new RunOptions { Pipelines = [pipeline], Count = count, OutputFolder = folder, Seed = 5, Concurrency = 2 };
                    await engine.RunAsync(options, CosynDefaults.Personas(null, 5), new RunProgress(), CancellationToken.None);
                }

                Report(name, folder);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        return 0;
    }

    private static void Report(string name, string folder)
    {
        var hashes = new List<ImageHash>();
        var topics = new HashSet<string>(StringComparer.Ordinal);
        var questions = new HashSet<string>(StringComparer.Ordinal);
        var questionCount = 0;
        foreach (var line in File.ReadLines(Path.Combine(folder, "samples.jsonl")))
        {
            using var sample = JsonDocument.Parse(line);
            var root = sample.RootElement;
            if (PerceptualHash.Compute(File.ReadAllBytes(Path.Combine(folder, root.GetProperty("image").GetString()!))) is { } hash)
            {
                hashes.Add(hash);
            }

            topics.Add(root.GetProperty("metadata").GetProperty("topic").GetString()!);
            foreach (var qa in root.GetProperty("qa_pairs").EnumerateArray())
            {
                questions.Add(qa.GetProperty("question").GetString()!);
                questionCount++;
            }
        }

        var n = hashes.Count;
        var duplicates = NearDuplicates.Count(hashes);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-18} {n,7} {duplicates,6} ({100.0 * duplicates / Math.Max(1, n),5:0.0} %) {topics.Count,6} ({100.0 * topics.Count / Math.Max(1, n),5:0.0} %) {questions.Count,7} ({100.0 * questions.Count / Math.Max(1, questionCount),5:0.0} %)"));
    }
}
