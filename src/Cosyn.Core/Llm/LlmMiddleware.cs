using Microsoft.Extensions.AI;

namespace Cosyn.Llm;

/// <summary>The run's standard LLM middleware stack around a provider client.</summary>
public static class LlmMiddleware
{
    /// <summary>
    /// Wraps <paramref name="provider"/> for one content stage, outermost first: accounting and call log -> response
    /// cache -> cost cap -> rate limiter -> outage waiting -> retries -> the provider. Cache hits are therefore counted
    /// but never capped or rate limited, and one admitted call keeps its place while it retries or waits out an outage.
    /// </summary>
    /// <remarks>
    /// In batch mode (<see cref="LlmCallOptions.Batch"/>) the stack is accounting -> response cache -> cost cap -> the
    /// provider: a batched call waits for its batch (minutes to hours), which per-call timeouts, retries and pacing
    /// would only break; the batch scheduler waits out batch API trouble and resubmits what a batch left unanswered.
    /// </remarks>
    public static IChatClient Wrap(IChatClient provider, string stage, LlmCallServices services)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentException.ThrowIfNullOrWhiteSpace(stage);
        ArgumentNullException.ThrowIfNull(services);
        if (services.Options.Batch is not null)
        {
            return new ChatClientBuilder(provider)
                .UseLlmAccounting(stage, services)
                .UseLlmResponseCache(services)
                .UseLlmCostCap(services)
                .Build();
        }

        return new ChatClientBuilder(provider)
            .UseLlmAccounting(stage, services)
            .UseLlmResponseCache(services)
            .UseLlmCostCap(services)
            .UseLlmRateLimiting(services)
            .UseLlmOutageWaiting(services)
            .UseLlmRetries(services)
            .Build();
    }
}
