using Cosyn.Llm.Calls;
using Microsoft.Extensions.AI;

namespace Cosyn.Llm.Middleware;

/// <summary>
/// Admits a call when its model's request and token budgets allow (and no 429 pause is in force), estimating its
/// tokens from the prompt length plus the requested output; tokens used beyond the estimate are charged afterwards.
/// </summary>
public sealed class RateLimitingChatClient(IChatClient innerClient, LlmCallServices services) : BufferedChatClient(innerClient)
{
    /// <summary>Characters per token for the admission estimate (a common rule of thumb for English and code).</summary>
    private const int CharactersPerToken = 4;

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        var target = LlmTarget.Of(InnerClient, options);
        var limiter = services.RateLimits.For(target.Provider, target.Model);
        var estimate = Estimate(list, options);
        var waited = await limiter.AcquireAsync(estimate, cancellationToken).ConfigureAwait(false);
        if (LlmCallContext.Current is { } call)
        {
            call.RateLimitWait += waited;
        }

        var response = await base.GetResponseAsync(list, options, cancellationToken).ConfigureAwait(false);
        var used = (response.Usage?.InputTokenCount ?? 0) + (response.Usage?.OutputTokenCount ?? 0);
        limiter.Charge((int)Math.Min(int.MaxValue, used - estimate));
        return response;
    }

    private static int Estimate(IReadOnlyList<ChatMessage> messages, ChatOptions? options)
    {
        var characters = messages.Sum(m => (long)m.Text.Length) + (options?.Instructions?.Length ?? 0);
        return (int)Math.Min(int.MaxValue, (characters / CharactersPerToken) + (options?.MaxOutputTokens ?? 0));
    }
}
