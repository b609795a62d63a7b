using Cosyn.Llm.Calls;

namespace Cosyn.Llm.Accounting;

/// <summary>Counters over a set of LLM calls (a stage, a model, or the whole run), as written to <c>stats.json</c>.</summary>
/// <param name="Calls">Logical calls, cache hits included.</param>
/// <param name="CacheHits">Calls answered without a provider request (cost 0).</param>
/// <param name="FailedCalls">Calls that failed for good.</param>
/// <param name="ProviderRequests">Requests sent to the provider, retries included.</param>
/// <param name="Retries">Requests beyond each call's first.</param>
/// <param name="RateLimited">Requests answered with HTTP 429.</param>
/// <param name="RateLimitWaitSeconds">Time calls were held by the rate limiter.</param>
/// <param name="InputTokens">Billed input tokens.</param>
/// <param name="OutputTokens">Billed output tokens.</param>
/// <param name="CostUsd">Cost at the price table's rates.</param>
public sealed record LlmUsageTotals(
    long Calls,
    long CacheHits,
    long FailedCalls,
    long ProviderRequests,
    long Retries,
    long RateLimited,
    double RateLimitWaitSeconds,
    long InputTokens,
    long OutputTokens,
    decimal CostUsd)
{
    public static LlmUsageTotals Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public LlmUsageTotals Add(LlmUsageTotals other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new LlmUsageTotals(
            Calls + other.Calls,
            CacheHits + other.CacheHits,
            FailedCalls + other.FailedCalls,
            ProviderRequests + other.ProviderRequests,
            Retries + other.Retries,
            RateLimited + other.RateLimited,
            RateLimitWaitSeconds + other.RateLimitWaitSeconds,
            InputTokens + other.InputTokens,
            OutputTokens + other.OutputTokens,
            CostUsd + other.CostUsd);
    }

    public static LlmUsageTotals Of(LlmCallRecord call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return new LlmUsageTotals(
            1,
            call.CacheHit ? 1 : 0,
            call.Outcome == LlmCallOutcome.Failed ? 1 : 0,
            call.Attempts,
            Math.Max(0, call.Attempts - 1),
            call.RateLimited,
            call.RateLimitWaitMs / 1000.0,
            call.InputTokens,
            call.OutputTokens,
            call.CostUsd);
    }
}
