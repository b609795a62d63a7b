using Cosyn.Llm.Accounting;
using Cosyn.Llm.Http;
using Cosyn.Llm.Logging;
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
        foreach (var call in LlmCallLog.ReadExisting(runFolder))
        {
            Usage.Record(call);
        }
    }

    public LlmCallOptions Options { get; }

    public TimeProvider Time { get; }

    /// <summary>Successful responses by request key, in the run's <c>run.db</c>.</summary>
    public LlmResponseCache Cache { get; }

    /// <summary><c>llm-calls.jsonl</c> in the run folder.</summary>
    public LlmCallLog Log { get; }

    /// <summary>One limiter and one circuit per provider and model, shared by all stages.</summary>
    public LlmRateLimits RateLimits { get; }

    /// <summary>Live usage and cost totals of the whole run: earlier sessions' calls are read back from the call log.</summary>
    public LlmUsageLedger Usage { get; }

    /// <summary>
    /// An HttpClient for the provider SDKs: it reports each response's status and rate-limit headers to the call it
    /// belongs to, and never times out on its own (the middleware's per-call timeout decides). Give it to the SDK
    /// (OpenAI: <c>OpenAIClientOptions.Transport = new HttpClientPipelineTransport(client)</c>; Anthropic:
    /// <c>new AnthropicClient { HttpClient = client }</c>) and turn the SDK's own retries off.
    /// </summary>
    public HttpClient CreateHttpClient() =>
        new(new LlmResponseObserver(Time) { InnerHandler = new SocketsHttpHandler() }) { Timeout = Timeout.InfiniteTimeSpan };

    public void Dispose()
    {
        Cache.Dispose();
        Log.Dispose();
        RateLimits.Dispose();
    }
}
