namespace Cosyn.Llm.Calls;

/// <summary>One logical LLM call, as counted in the usage totals and written as a line of <c>llm-calls.jsonl</c>.</summary>
/// <param name="Time">When the call started (UTC).</param>
/// <param name="Stage">Content stage (topic, data, code, qa).</param>
/// <param name="Provider">Provider name the client reports.</param>
/// <param name="Model">Model asked for.</param>
/// <param name="LatencyMs">Wall time of the call, waits and retries included.</param>
/// <param name="InputTokens">Input tokens the provider reported (0 for cache hits: nothing was billed).</param>
/// <param name="OutputTokens">Output tokens the provider reported (0 for cache hits).</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="Attempts">Provider requests made (0 for cache hits).</param>
/// <param name="CacheHit">Whether the reply came from the cache.</param>
/// <param name="StatusCode">HTTP status of the last provider response seen, when known.</param>
/// <param name="RateLimited">Attempts answered with HTTP 429.</param>
/// <param name="RateLimitWaitMs">Time held by the rate limiter before the call was admitted.</param>
/// <param name="CostUsd">Cost at the price table's rates (0 for cache hits and unpriced models).</param>
/// <param name="Error">One-line failure description (failed calls only).</param>
/// <param name="Batched">Answered through a provider batch (<c>--batch</c>), at batch prices.</param>
public sealed record LlmCallRecord(
    DateTimeOffset Time,
    string Stage,
    string Provider,
    string Model,
    long LatencyMs,
    long InputTokens,
    long OutputTokens,
    LlmCallOutcome Outcome,
    int Attempts,
    bool CacheHit,
    int? StatusCode,
    int RateLimited,
    long RateLimitWaitMs,
    decimal CostUsd,
    string? Error,
    bool Batched = false);
