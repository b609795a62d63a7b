using Cosyn.Llm.Calls;
using Cosyn.Llm.RateLimits;

namespace Cosyn.Llm.Http;

/// <summary>
/// Sits in the provider SDK's HttpClient and reports each response's status and rate-limit headers to the LLM call
/// on whose behalf it was sent (found through <see cref="LlmCallContext.Current"/>). The SDKs surface headers
/// unevenly in their exceptions (Anthropic's carry none); seeing the HTTP exchange itself works for every provider.
/// </summary>
public sealed class LlmResponseObserver(TimeProvider time) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (LlmCallContext.Current is { } call)
        {
            var headers = RateLimitHeaderParser.Parse(response.Headers, time.GetUtcNow());
            call.LastResponse = new LlmHttpResponseInfo((int)response.StatusCode, headers);
        }

        return response;
    }
}
