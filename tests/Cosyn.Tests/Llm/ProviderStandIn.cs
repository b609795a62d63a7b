using Cosyn.Llm.Calls;
using Cosyn.Llm.RateLimits;
using Microsoft.Extensions.AI;

namespace Cosyn.Tests.Llm;

/// <summary>A provider stand-in: answers through <see cref="Respond"/>, and can report HTTP headers as the observer would.</summary>
internal sealed class ProviderStandIn : IChatClient
{
    private int _calls;

    public int Calls => _calls;

    public Func<int, IEnumerable<ChatMessage>, CancellationToken, Task<ChatResponse>> Respond { get; init; } =
        (_, messages, _) => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "ok: " + messages.Last().Text))
        {
            Usage = new UsageDetails { InputTokenCount = 10, OutputTokenCount = 5 },
        });

    /// <summary>Reports a 429 with <c>Retry-After</c> to the current call, then throws like an SDK would.</summary>
    public static Exception RateLimited(TimeSpan retryAfter)
    {
        if (LlmCallContext.Current is { } call)
        {
            call.LastResponse = new LlmHttpResponseInfo(429, RateLimitHeaders.None with { RetryAfter = retryAfter });
        }

        return new HttpRequestException("Too Many Requests", null, System.Net.HttpStatusCode.TooManyRequests);
    }

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        Respond(Interlocked.Increment(ref _calls), messages, cancellationToken);

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType == typeof(ChatClientMetadata) ? new ChatClientMetadata("scripted", null, "scripted-model") : null;

    public void Dispose()
    {
    }
}
