using Microsoft.Extensions.AI;

namespace Cosyn.Llm;

/// <summary>The run's standard LLM middleware stack around a provider client.</summary>
public static class LlmMiddleware
{
    /// <summary>
    /// Wraps <paramref name="provider"/> for one content stage, outermost first: accounting and call log -> response
    /// cache -> rate limiter -> retries -> the provider. Cache hits are therefore counted but never rate limited, and
    /// one admitted call keeps its place while it retries.
    /// </summary>
    public static IChatClient Wrap(IChatClient provider, string stage, LlmCallServices services)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentException.ThrowIfNullOrWhiteSpace(stage);
        ArgumentNullException.ThrowIfNull(services);
        return new ChatClientBuilder(provider)
            .UseLlmAccounting(stage, services)
            .UseLlmResponseCache(services)
            .UseLlmRateLimiting(services)
            .UseLlmRetries(services)
            .Build();
    }
}
