using System.Globalization;
using Cosyn.Llm.Accounting;

namespace Cosyn.Cli.Terminal;

/// <summary>The one-line LLM summary of the progress display: calls, cache hits, tokens, cost, retries and waits.</summary>
public static class LlmUsageLine
{
    public static string Format(LlmUsageTotals totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"llm {totals.Calls} calls ({totals.CacheHits} cached, {totals.FailedCalls} failed), {Tokens(totals.InputTokens)} in / {Tokens(totals.OutputTokens)} out tokens, ${totals.CostUsd:0.00}, {totals.Retries} retries, {totals.RateLimited} rate-limited, {totals.RateLimitWaitSeconds:0} s waiting");
    }

    private static string Tokens(long count) => count switch
    {
        >= 1_000_000 => string.Create(CultureInfo.InvariantCulture, $"{count / 1_000_000.0:0.0}M"),
        >= 10_000 => string.Create(CultureInfo.InvariantCulture, $"{count / 1000.0:0}k"),
        _ => count.ToString(CultureInfo.InvariantCulture),
    };
}
