namespace Cosyn.Llm.RateLimits;

/// <summary>What a provider said about its rate limits in one response, with resets made relative to when it was read.</summary>
/// <param name="RetryAfter">Wait asked for by <c>Retry-After</c> / <c>retry-after-ms</c>.</param>
/// <param name="RequestsRemaining">Requests left in the provider's window.</param>
/// <param name="RequestsReset">Time until the request window refills.</param>
/// <param name="TokensRemaining">Tokens left in the provider's window (the tightest of the reported token limits).</param>
/// <param name="TokensReset">Time until that token window refills.</param>
public sealed record RateLimitHeaders(
    TimeSpan? RetryAfter,
    long? RequestsRemaining,
    TimeSpan? RequestsReset,
    long? TokensRemaining,
    TimeSpan? TokensReset)
{
    public static RateLimitHeaders None { get; } = new(null, null, null, null, null);

    /// <summary>
    /// How long every caller of this model should hold off: the server's Retry-After, or the reset of a window the
    /// provider reports as exhausted. Null when nothing asks for a pause.
    /// </summary>
    public TimeSpan? Pause
    {
        get
        {
            if (RetryAfter is { } retryAfter)
            {
                return retryAfter;
            }

            var requests = RequestsRemaining == 0 ? RequestsReset : null;
            var tokens = TokensRemaining == 0 ? TokensReset : null;
            return (requests, tokens) switch
            {
                ({ } r, { } t) => r > t ? r : t,
                ({ } r, null) => r,
                (null, { } t) => t,
                _ => null,
            };
        }
    }
}
