using System.CommandLine;

namespace Cosyn.Cli.Commands;

/// <summary>The command-line options behind <see cref="LlmCallFlags"/>, defined once so every command that calls an LLM shares them.</summary>
public sealed class LlmCallFlagOptions
{
    public Option<int?> RequestsPerMinute { get; } = new("--rpm") { Description = "LLM requests per minute, per model (default: unlimited; a provider's 429 and rate-limit headers are honoured either way)" };

    public Option<int?> TokensPerMinute { get; } = new("--tpm") { Description = "LLM tokens (input + max output) per minute, per model (default: unlimited)" };

    public Option<string?> PricesFile { get; } = new("--prices") { Description = "JSON price table {\"model\": {\"input\": $/1M, \"output\": $/1M}} adding to or replacing the built-in prices" };

    public Option<double> TimeoutSeconds { get; } = new("--llm-timeout") { Description = "Seconds one LLM request may take before it is abandoned and retried", DefaultValueFactory = _ => LlmCallFlags.DefaultTimeoutSeconds };

    public Option<int> Retries { get; } = new("--llm-retries") { Description = "Retries of an LLM request on 429, 5xx, timeouts and dropped connections", DefaultValueFactory = _ => LlmCallFlags.DefaultRetries };

    public Option<double> MaxOutageMinutes { get; } = new("--max-outage")
    {
        Description = "Minutes a provider may stay unavailable (calls wait and retry meanwhile) before the run stops with exit 75, to be resumed",
        DefaultValueFactory = _ => LlmCallFlags.DefaultMaxOutageMinutes,
    };

    public Option<double?> CallBudgetSeconds { get; } = new("--llm-call-budget") { Description = "Seconds one LLM call may take with all its retries and waits (default: no limit beyond --llm-retries x --llm-timeout)" };

    public Option<decimal?> MaxCostUsd { get; } = new("--max-cost") { Description = "Stop cleanly (exit 75, resumable) before spending more than this many USD on LLM calls, every session counted" };

    public Option<bool> Batch { get; } = new("--batch") { Description = "Send the LLM stages through the provider's batch API (OpenAI Batch, Anthropic Message Batches): half price, results within hours" };

    public Option<int> BatchSize { get; } = new("--batch-size") { Description = "Requests per batch before it is submitted without waiting for more", DefaultValueFactory = _ => LlmCallFlags.DefaultBatchSize };

    public Option<double> BatchWaitSeconds { get; } = new("--batch-wait") { Description = "Seconds a stage's oldest request waits for more before its batch is submitted", DefaultValueFactory = _ => LlmCallFlags.DefaultBatchWaitSeconds };

    public Option<double> BatchPollSeconds { get; } = new("--batch-poll") { Description = "Seconds between two status checks of a submitted batch", DefaultValueFactory = _ => LlmCallFlags.DefaultBatchPollSeconds };

    public IEnumerable<Option> All => [RequestsPerMinute, TokensPerMinute, PricesFile, TimeoutSeconds, Retries, MaxOutageMinutes, CallBudgetSeconds, MaxCostUsd, Batch, BatchSize, BatchWaitSeconds, BatchPollSeconds];

    public LlmCallFlags Read(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return new LlmCallFlags(parse.GetValue(RequestsPerMinute), parse.GetValue(TokensPerMinute), parse.GetValue(PricesFile), parse.GetValue(TimeoutSeconds), parse.GetValue(Retries),
            parse.GetValue(MaxOutageMinutes), parse.GetValue(CallBudgetSeconds), parse.GetValue(MaxCostUsd),
            parse.GetValue(Batch), parse.GetValue(BatchSize), parse.GetValue(BatchWaitSeconds), parse.GetValue(BatchPollSeconds));
    }
}
