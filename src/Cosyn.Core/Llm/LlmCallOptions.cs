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

    /// <summary>Longest a call may take with all its attempts and waits. Default 10 minutes.</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>First backoff delay; later ones double, with jitter. Default 1 s.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest single backoff, and longest server-requested wait honoured per retry. Default 60 s.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Prices for cost accounting. Default: the built-in table (<see cref="Accounting.LlmPriceTable.Default"/>).</summary>
    public Accounting.LlmPriceTable Prices { get; init; } = Accounting.LlmPriceTable.Default;
}
