using Cosyn.Catalog;
using Cosyn.Engine;
using Cosyn.Hosting;
using Cosyn.Hosting.Llm;
using Cosyn.Llm;

namespace Cosyn.Bench.Throughput;

/// <summary>
/// The LLM path at production concurrency (issue 15): the real factory, middleware and engine for chart-matplotlib
/// against <see cref="SimulatedEndpoint"/>, rendered by <see cref="InstantRenderers"/> (so render capacity is
/// unbounded and the LLM path is what is measured). Prints samples/s against the ideal
/// min(concurrency / (calls per sample of the busiest stage x mean latency), rate limits, render capacity), and,
/// with an outage scheduled, how many samples it cost.
/// </summary>
internal static class ThroughputBench
{
    private static readonly PipelineDefinition Pipeline = PipelineCatalog.Find("chart-matplotlib")!;

    public static async Task<int> RunAsync(int count, int concurrency, SimulatedEndpointOptions endpointOptions)
    {
        await using var endpoint = await SimulatedEndpoint.StartAsync(endpointOptions);
        var folder = Path.Combine(Path.GetTempPath(), $"cosyn-bench-throughput-{Guid.NewGuid():N}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"throughput: {count} chart-matplotlib samples, concurrency {concurrency}, median latency {endpointOptions.MedianLatency.TotalSeconds:0.##} s (log-normal, sigma {endpointOptions.LatencySigma}), limits {endpointOptions.RequestsPerMinute} RPM / {endpointOptions.TokensPerMinute} TPM, {endpointOptions.ErrorRate:P0} HTTP 500, {Environment.ProcessorCount} cores"));
        if (endpointOptions.OutageStart is { } start)
        {
            Console.WriteLine($"outage: 503 + Retry-After 15 s from {start.TotalSeconds:0} s for {endpointOptions.OutageLength.TotalMinutes:0.##} min");
        }

        LlmCallServices? services = null;
        try
        {
            var provider = new LlmProviderOptions { Provider = LlmProviders.OpenAiCompatible, Model = "sim-model", BaseUrl = new Uri(endpoint.BaseUri, "/v1") };
            var (synthesizer, error) = await LlmSynthesizerFactory.CreateAsync(provider, () => services = new LlmCallServices(folder, new LlmCallOptions(), TimeProvider.System), CancellationToken.None);
            if (synthesizer is null)
            {
                await Console.Error.WriteLineAsync("bench: " + error);
                return 1;
            }

            var progress = new RunProgress();
            var options = new RunOptions
            {
                Pipelines = [Pipeline],
                Count = count,
                OutputFolder = folder,
                Seed = 1,
                Concurrency = concurrency,
                KeepNearDuplicates = true, // every instant render is the same image
                Llm = provider.ToRunSettings(),
                LlmUsage = services!.Usage,
            };
            var engine = new RunEngine(synthesizer, new InstantRenderers(), TimeProvider.System);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var samples = new List<(double Seconds, int Written)>();
            using var done = new CancellationTokenSource();
            var watching = WatchAsync(progress, clock, samples, endpoint, done.Token);
            var result = await engine.RunAsync(options, CosynDefaults.Personas(null, 1), progress, services.Halt.Token);
            await done.CancelAsync();
            await watching;
            Report(result, samples, clock.Elapsed.TotalSeconds, count, concurrency, endpoint, endpointOptions);
            return result.Stats.Pipelines[Pipeline.Name].Written == count ? 0 : 1;
        }
        finally
        {
            services?.Dispose();
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static void Report(RunResult result, List<(double Seconds, int Written)> samples, double wall, int count, int concurrency, SimulatedEndpoint endpoint, SimulatedEndpointOptions endpointOptions)
    {
        var stats = result.Stats.Pipelines[Pipeline.Name];
        var llm = result.Stats.Llm!;
        var written = Math.Max(1, stats.Written);
        var perStage = llm.Stages.ToDictionary(s => s.Key, s => (double)s.Value.Totals.ProviderRequests / written);
        var latency = endpoint.MeanLatencySeconds;
        var busiest = perStage.MaxBy(s => s.Value);
        var llmIdeal = concurrency / (busiest.Value * latency);
        var callsPerSample = perStage.Values.Sum();
        var rpmIdeal = endpointOptions.RequestsPerMinute / 60.0 / callsPerSample;
        var tokensPerSample = (double)(llm.Totals.InputTokens + llm.Totals.OutputTokens) / written;
        var tpmIdeal = endpointOptions.TokensPerMinute / 60.0 / tokensPerSample;
        var ideal = Math.Min(llmIdeal, Math.Min(rpmIdeal, tpmIdeal));

        // Steady state: from the 10th to the 90th percentile of written samples (the pipeline's fill and drain excluded).
        var from = samples.FirstOrDefault(s => s.Written >= count / 10);
        var to = samples.FirstOrDefault(s => s.Written >= count * 9 / 10);
        var steady = to.Seconds > from.Seconds ? (to.Written - from.Written) / (to.Seconds - from.Seconds) : double.NaN;
        var overall = stats.Written / wall;
        var failures = string.Join(", ", stats.Failures.SelectMany(s => s.Value.Select(r => $"{s.Key}/{r.Key} {r.Value}")));

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"written {stats.Written} of {count}, failed {stats.Failed}{(failures.Length > 0 ? " (" + failures + ")" : string.Empty)}, wall {wall:0.0} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"provider calls per sample: {string.Join(", ", perStage.Select(s => $"{s.Key} {s.Value:0.00}"))}; mean served latency {latency:0.000} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"endpoint: {endpoint.Completions} completions, {endpoint.ServerErrors} HTTP 500, {endpoint.RateLimited} HTTP 429, {endpoint.OutageAnswers} outage 503; client retries {llm.Totals.Retries}, failed calls {llm.Totals.FailedCalls}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ideal samples/s: LLM {llmIdeal:0.00} (= {concurrency} / ({busiest.Key} {busiest.Value:0.00} calls x {latency:0.000} s)), RPM {rpmIdeal:0.00}, TPM {tpmIdeal:0.00}, render unbounded (instant renderer) -> {ideal:0.00}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"measured samples/s: steady (10-90 % of samples) {steady:0.00} = {100 * steady / ideal:0.0} % of ideal; whole run {overall:0.00} = {100 * overall / ideal:0.0} % (includes fill, drain{(endpointOptions.OutageStart is null ? string.Empty : " and the outage")})"));
    }

    private static async Task WatchAsync(RunProgress progress, System.Diagnostics.Stopwatch clock, List<(double Seconds, int Written)> samples, SimulatedEndpoint endpoint, CancellationToken token)
    {
        var lastPrint = 0.0;
        while (!token.IsCancellationRequested)
        {
            var written = progress.Snapshot().Sum(p => p.Written);
            samples.Add((clock.Elapsed.TotalSeconds, written));
            if (clock.Elapsed.TotalSeconds - lastPrint >= 30)
            {
                lastPrint = clock.Elapsed.TotalSeconds;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {lastPrint,6:0} s: {written} written{(endpoint.InOutage(DateTimeOffset.UtcNow) ? " (outage)" : string.Empty)}"));
            }

            await Task.Delay(100, CancellationToken.None);
        }
    }
}
