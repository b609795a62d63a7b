using Cosyn.Catalog;
using Cosyn.Engine;
using Cosyn.Hosting;

namespace Cosyn.Bench;

/// <summary>
/// End-to-end throughput of one pipeline through the real engine, renderers and store: samples per second at
/// concurrency 1 and 2 (measured in the same process, so compare the ratio), and where the time goes by stage,
/// the quality gate included (as <c>generate</c> runs it), with its cost as a share of the render time.
/// </summary>
internal static class PipelineBench
{
    public static async Task<int> RunAsync(string pipelineName, int count)
    {
        var pipeline = PipelineCatalog.Find(pipelineName);
        if (pipeline is null || !CosynDefaults.Synthesizer.Supports(pipeline.Name))
        {
            await Console.Error.WriteLineAsync($"bench: '{pipelineName}' is not an implemented pipeline");
            return 1;
        }

        Console.WriteLine($"pipeline {pipeline.Name}, {count} samples per run, {Environment.ProcessorCount} cores");
        Console.WriteLine("concurrency  samples/s  wall s   mean s per sample by stage (summed over workers)");
        foreach (var concurrency in new[] { 1, 2, 4 })
        {
            var folder = Path.Combine(Path.GetTempPath(), $"cosyn-bench-{pipeline.Name}-{concurrency}-{Guid.NewGuid():N}");
            try
            {
                await using var renderers = CosynDefaults.CreateRenderers(concurrency);
                var engine = new RunEngine(CosynDefaults.Synthesizer, renderers, TimeProvider.System);
                var options = new RunOptions { Pipelines = [pipeline], Count = count, OutputFolder = folder, Seed = 1, Concurrency = concurrency, QualityGate = CosynDefaults.CreateQualityGate() };
                var result = await engine.RunAsync(options, CosynDefaults.Personas(null, 1), new RunProgress(), CancellationToken.None);
                var stats = result.Stats.Pipelines[pipeline.Name];
                var rate = result.Stats.SessionSamples / result.Stats.SessionSeconds;
                var total = stats.MeanStageSeconds.Values.Sum();
                var split = string.Join("  ", stats.MeanStageSeconds.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {kv.Value * 1000:0.0} ms ({100 * kv.Value / total:0}%)")));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{concurrency,11}  {rate,9:0.00}  {result.Stats.SessionSeconds,6:0.0}   {split}"));
                if (stats.MeanStageSeconds.GetValueOrDefault("render") is > 0 and var render && stats.Quality is { } quality)
                {
                    var gate = stats.MeanStageSeconds.GetValueOrDefault("quality");
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"             quality gate {gate * 1000:0.0} ms per sample = {100 * gate / render:0}% of render; {quality.Passed} of {quality.Checked} passed"));
                }

                if (stats.Written != count)
                {
                    Console.WriteLine($"  warning: wrote {stats.Written} of {count}; failures: {string.Join(", ", stats.Failures.SelectMany(s => s.Value.Select(r => $"{s.Key}/{r.Key} {r.Value}")))}");
                }
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        Console.WriteLine("(the first row includes worker start-up; render dominates, so concurrency should scale it until the cores are busy)");
        return 0;
    }
}
