namespace Cosyn.Llm;

/// <summary>
/// How the middleware treats every LLM call: pacing, patience and prices. Plain settings with documented defaults.
/// The provider SDKs' own retries and timeouts are expected to be off (MaxRetries = 0, infinite timeout): these
/// settings are the single place that decides, so attempts and waits are counted and bounded once.
/// </summary>
public sealed class LlmCallOptions
{
    /// <summary>Requests per minute per model; null means unlimited. Default null.</summary>
    public int? RequestsPerMinute { get; init; }

    /// <summary>Tokens (input + requested output) per minute per model; null means unlimited. Default null.</summary>
    public int? TokensPerMinute { get; init; }

    /// <summary>Longest one attempt may take before it counts as stalled and is retried. Default 120 s.</summary>
    public TimeSpan CallTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Retries after the first attempt on transient failures (429, 5xx, timeouts, dropped connections). Default 6.</summary>
    public int MaxRetries { get; init; } = 6;

    /// <summary>
    /// Longest one call may take with all its attempts and backoff waits (<c>--llm-call-budget</c>); null, the
    /// default, leaves <see cref="MaxRetries"/> and <see cref="CallTimeout"/> alone to decide.
    /// </summary>
    public TimeSpan? TotalTimeout { get; init; }

    /// <summary>
    /// How long a provider may stay unavailable (every call failing for transient reasons after its retries) while
    /// calls wait and try again, before the run stops cleanly to be resumed later (<c>--max-outage</c>). Default 30
    /// minutes; null turns the waiting off (a call's failure is the caller's, as for a single request outside a run).
    /// </summary>
    public TimeSpan? MaxOutage { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Spend in USD (every session of the run) after which no further call is made and the run stops (<c>--max-cost</c>); null means no cap.</summary>
    public decimal? MaxCostUsd { get; init; }

    /// <summary>First backoff delay; later ones double, with jitter. Default 1 s.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest single backoff. A server's Retry-After is honoured in full. Default 60 s.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Calls to one model that may fail for good in a row (retries used up, or the key refused) before further calls
    /// fail at once instead of each spending its retry budget; one probe call is let through every
    /// <see cref="CircuitBreakDuration"/>, and a success closes the circuit. Default 5.
    /// </summary>
    public int CircuitBreakAfter { get; init; } = 5;

    /// <summary>How long an open circuit fails calls fast before it lets a probe through. Default 60 s.</summary>
    public TimeSpan CircuitBreakDuration { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Send the content stages' requests through the provider's batch API (<c>--batch</c>); null, the default, calls online.</summary>
    public Batch.LlmBatchOptions? Batch { get; init; }

    /// <summary>Prices for cost accounting. Default: the built-in table (<see cref="Accounting.LlmPriceTable.Default"/>).</summary>
    public Accounting.LlmPriceTable Prices { get; init; } = Accounting.LlmPriceTable.Default;
}
