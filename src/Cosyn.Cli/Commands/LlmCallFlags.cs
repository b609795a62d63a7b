using Cosyn.Llm;
using Cosyn.Llm.Accounting;

namespace Cosyn.Cli.Commands;

/// <summary>
/// The LLM call flags as typed: pacing (<c>--rpm</c>, <c>--tpm</c>), patience (<c>--llm-timeout</c>, <c>--llm-retries</c>,
/// <c>--llm-call-budget</c>, <c>--max-outage</c>), <c>--prices</c>, <c>--max-cost</c> and the batch API
/// (<c>--batch</c>, <c>--batch-size</c>, <c>--batch-wait</c>, <c>--batch-poll</c>).
/// </summary>
public sealed record LlmCallFlags(
    int? RequestsPerMinute,
    int? TokensPerMinute,
    string? PricesFile,
    double TimeoutSeconds,
    int Retries,
    double MaxOutageMinutes = LlmCallFlags.DefaultMaxOutageMinutes,
    double? CallBudgetSeconds = null,
    decimal? MaxCostUsd = null,
    bool Batch = false,
    int BatchSize = LlmCallFlags.DefaultBatchSize,
    double BatchWaitSeconds = LlmCallFlags.DefaultBatchWaitSeconds,
    double BatchPollSeconds = LlmCallFlags.DefaultBatchPollSeconds)
{
    public const int DefaultBatchSize = 1000;
    public const double DefaultBatchWaitSeconds = 60;
    public const double DefaultBatchPollSeconds = 30;

    public const double DefaultTimeoutSeconds = 120;
    public const int DefaultRetries = 6;
    public const double DefaultMaxOutageMinutes = 30;

    public static LlmCallFlags Defaults { get; } = new(null, null, null, DefaultTimeoutSeconds, DefaultRetries);

    /// <summary>Validates the flags and loads the price file.</summary>
    /// <param name="builtInPrices">Whether the built-in price table applies (OpenAI and Anthropic); a local or compatible endpoint is priced only by <c>--prices</c>.</param>
    /// <param name="batchProvider">The provider, when <c>--batch</c> must be checked against it (Ollama has no batch API).</param>
    /// <exception cref="UserInputException">A flag is out of range or the price file is unusable; the message is one line.</exception>
    public LlmCallOptions ToOptions(bool builtInPrices = true, string? batchProvider = null)
    {
        if (Batch && batchProvider == Hosting.Llm.LlmProviders.Ollama)
        {
            throw new UserInputException("--batch needs a provider with a batch API (openai, anthropic, or an openai-compatible server that serves /v1/batches)");
        }

        if (BatchSize is < 1 or > 50_000)
        {
            throw new UserInputException($"--batch-size must be between 1 and 50000, got {BatchSize}");
        }

        if (BatchWaitSeconds is not (>= 0 and <= 86_400) || double.IsNaN(BatchWaitSeconds))
        {
            throw new UserInputException($"--batch-wait must be between 0 and 86400 seconds, got {BatchWaitSeconds}");
        }

        if (BatchPollSeconds is not (>= 1 and <= 3600) || double.IsNaN(BatchPollSeconds))
        {
            throw new UserInputException($"--batch-poll must be between 1 and 3600 seconds, got {BatchPollSeconds}");
        }

        if (RequestsPerMinute is <= 0 or > 1_000_000)
        {
            throw new UserInputException($"--rpm must be between 1 and 1000000, got {RequestsPerMinute}");
        }

        if (TokensPerMinute is <= 0 or > 1_000_000_000)
        {
            throw new UserInputException($"--tpm must be between 1 and 1000000000, got {TokensPerMinute}");
        }

        if (TimeoutSeconds is not (>= 1 and <= 3600) || double.IsNaN(TimeoutSeconds))
        {
            throw new UserInputException($"--llm-timeout must be between 1 and 3600 seconds, got {TimeoutSeconds}");
        }

        if (Retries is < 0 or > 20)
        {
            throw new UserInputException($"--llm-retries must be between 0 and 20, got {Retries}");
        }

        if (MaxOutageMinutes is not (>= 0 and <= 10_080) || double.IsNaN(MaxOutageMinutes))
        {
            throw new UserInputException($"--max-outage must be between 0 and 10080 minutes, got {MaxOutageMinutes}");
        }

        if (CallBudgetSeconds is { } budget && (budget is not (>= 1 and <= 86_400) || double.IsNaN(budget)))
        {
            throw new UserInputException($"--llm-call-budget must be between 1 and 86400 seconds, got {budget}");
        }

        if (MaxCostUsd is < 0)
        {
            throw new UserInputException($"--max-cost must be zero or positive, got {MaxCostUsd}");
        }

        var table = builtInPrices ? LlmPriceTable.Default : LlmPriceTable.Empty;
        LlmPriceTable prices;
        try
        {
            prices = PricesFile is null ? table : table.WithFile(PricesFile);
        }
        catch (LlmPriceFileException ex)
        {
            throw new UserInputException(ex.Message, ex);
        }

        return new LlmCallOptions
        {
            RequestsPerMinute = RequestsPerMinute,
            TokensPerMinute = TokensPerMinute,
            CallTimeout = TimeSpan.FromSeconds(TimeoutSeconds),
            MaxRetries = Retries,
            MaxOutage = TimeSpan.FromMinutes(MaxOutageMinutes),
            TotalTimeout = CallBudgetSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
            MaxCostUsd = MaxCostUsd,
            Prices = prices,
            Batch = Batch
                ? new Cosyn.Llm.Batch.LlmBatchOptions { MaxRequests = BatchSize, MaxWait = TimeSpan.FromSeconds(BatchWaitSeconds), PollInterval = TimeSpan.FromSeconds(BatchPollSeconds) }
                : null,
        };
    }
}
