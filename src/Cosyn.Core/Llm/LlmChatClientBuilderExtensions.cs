using Cosyn.Llm.Middleware;
using Microsoft.Extensions.AI;

namespace Cosyn.Llm;

/// <summary><see cref="ChatClientBuilder"/> extensions for cosyn's LLM middleware; first added is outermost.</summary>
public static class LlmChatClientBuilderExtensions
{
    /// <summary>Counts every call in the usage ledger and writes it to the call log.</summary>
    public static ChatClientBuilder UseLlmAccounting(this ChatClientBuilder builder, string stage, LlmCallServices services) =>
        Add(builder, inner => new AccountingChatClient(inner, stage, services));

    /// <summary>Answers repeated requests from the run store and collapses identical requests in flight.</summary>
    public static ChatClientBuilder UseLlmResponseCache(this ChatClientBuilder builder, LlmCallServices services) =>
        Add(builder, inner => new ResponseCacheChatClient(inner, services));

    /// <summary>Paces calls per model by requests and tokens per minute and honours provider pauses.</summary>
    public static ChatClientBuilder UseLlmRateLimiting(this ChatClientBuilder builder, LlmCallServices services) =>
        Add(builder, inner => new RateLimitingChatClient(inner, services));

    /// <summary>Stops the run before a call once the spend reached the configured cap.</summary>
    public static ChatClientBuilder UseLlmCostCap(this ChatClientBuilder builder, LlmCallServices services) =>
        Add(builder, inner => new CostCapChatClient(inner, services));

    /// <summary>Waits out a provider outage (up to the configured limit) instead of failing the call; stops the run past it.</summary>
    public static ChatClientBuilder UseLlmOutageWaiting(this ChatClientBuilder builder, LlmCallServices services) =>
        Add(builder, inner => new OutageWaitingChatClient(inner, services));

    /// <summary>Retries transient failures with backoff and per-attempt timeouts (and a total budget when one is set).</summary>
    public static ChatClientBuilder UseLlmRetries(this ChatClientBuilder builder, LlmCallServices services) =>
        Add(builder, inner => new RetryingChatClient(inner, services));

    // Every middleware is added the same way; the null check lives here once.
    private static ChatClientBuilder Add(ChatClientBuilder builder, Func<IChatClient, IChatClient> middleware)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Use(middleware);
    }
}
