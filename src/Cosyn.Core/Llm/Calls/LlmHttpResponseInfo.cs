using Cosyn.Llm.RateLimits;

namespace Cosyn.Llm.Calls;

/// <summary>The parts of a provider's HTTP response the middleware acts on.</summary>
/// <param name="StatusCode">HTTP status code.</param>
/// <param name="RateLimit">Rate-limit headers the provider sent (Retry-After, x-ratelimit-*, anthropic-ratelimit-*).</param>
public sealed record LlmHttpResponseInfo(int StatusCode, RateLimitHeaders RateLimit);
