using System.Collections.Concurrent;
using Cosyn.Llm.Accounting;
using Cosyn.Llm.Batch;
using Cosyn.Llm.Http;
using Cosyn.Llm.Logging;
using Cosyn.Llm.Outages;
using Cosyn.Llm.RateLimits;
using Cosyn.Store;

namespace Cosyn.Llm;

/// <summary>
/// What the LLM middleware of one run shares across stages: the response cache and call log in the run folder, the
/// per-model rate limiters, the usage ledger the progress display and <c>stats.json</c> read, the options and the
/// clock. Create one per run, wrap every stage's client with <see cref="LlmMiddleware.Wrap"/>, dispose at the end.
/// </summary>
public sealed class LlmCallServices : IDisposable
{
    private readonly ConcurrentDictionary<string, ProviderOutage> _outages = new(StringComparer.Ordinal);

    // The batch API's own client: plain HTTP, bounded per exchange by the scheduler, never reported to a chat call.
    private readonly Lazy<HttpClient> _batchApi = new(() => new HttpClient(new SocketsHttpHandler()) { Timeout = Timeout.InfiniteTimeSpan });

    public LlmCallServices(string runFolder, LlmCallOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(runFolder);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        Options = options;
        Time = time;
        Cache = new LlmResponseCache(runFolder);
        Log = new LlmCallLog(runFolder);
        RateLimits = new LlmRateLimits(options, time);
        Usage = new LlmUsageLedger(options.Prices);
        Batches = options.Batch is { } batch ? new LlmBatchScheduler(batch, this, runFolder) : null;
        foreach (var call in LlmCallLog.ReadExisting(runFolder))
        {
            Usage.Record(call);
        }
    }

    public LlmCallOptions Options { get; }

    /// <summary>Cancelled when the LLM layer stops the run (outage too long, cost cap, refused key); link it into the run's stop token.</summary>
    public LlmRunHalt Halt { get; } = new();

    /// <summary>Whether <paramref name="provider"/> is answering, shared by every stage that calls it.</summary>
    public ProviderOutage OutageOf(string provider) =>
        _outages.GetOrAdd(provider, _ => new ProviderOutage(Options.MaxOutage ?? TimeSpan.Zero, Options.BaseDelay, Options.MaxDelay, Time));

    /// <summary>
    /// "openai unavailable since 06:14 UTC, next try in 40 s" while a provider is down, else "3 batches in flight" in
    /// batch mode, for the progress display; else null.
    /// </summary>
    public string? Status() =>
        _outages.Select(o => o.Value.Status(o.Key)).FirstOrDefault(s => s is not null)
        ?? (Batches is { OpenBatches: > 0 and var open } ? $"{open} batch{(open == 1 ? string.Empty : "es")} in flight" : null);

    public TimeProvider Time { get; }

    /// <summary>Successful responses by request key, in the run's <c>run.db</c>.</summary>
    public LlmResponseCache Cache { get; }

    /// <summary><c>llm-calls.jsonl</c> in the run folder.</summary>
    public LlmCallLog Log { get; }

    /// <summary>One limiter and one circuit per provider and model, shared by all stages.</summary>
    public LlmRateLimits RateLimits { get; }

    /// <summary>The batch scheduler of a <c>--batch</c> run; null when calls go online.</summary>
    public LlmBatchScheduler? Batches { get; }

    /// <summary>Live usage and cost totals of the whole run: earlier sessions' calls are read back from the call log.</summary>
    public LlmUsageLedger Usage { get; }

    /// <summary>
    /// An HttpClient for the provider SDKs: it reports each response's status and rate-limit headers to the call it
    /// belongs to, and never times out on its own (the middleware's per-call timeout decides). Give it to the SDK
    /// (OpenAI: <c>OpenAIClientOptions.Transport = new HttpClientPipelineTransport(client)</c>; Anthropic:
    /// <c>new AnthropicClient { HttpClient = client }</c>) and turn the SDK's own retries off. In batch mode its chat
    /// requests go through the batch scheduler instead of the wire.
    /// </summary>
    public HttpClient CreateHttpClient()
    {
        HttpMessageHandler online = new LlmResponseObserver(Time) { InnerHandler = new SocketsHttpHandler() };
        if (Batches is { } batches)
        {
            online = new BatchCapturingHandler(batches, [new OpenAiBatchProtocol(), new AnthropicBatchProtocol()], _batchApi.Value) { InnerHandler = online };
        }

        return new HttpClient(online) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public void Dispose()
    {
        Batches?.Dispose();
        if (_batchApi.IsValueCreated)
        {
            _batchApi.Value.Dispose();
        }

        Cache.Dispose();
        Log.Dispose();
        RateLimits.Dispose();
        Halt.Dispose();
    }
}
