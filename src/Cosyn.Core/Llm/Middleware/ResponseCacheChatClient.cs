using System.Collections.Concurrent;
using Cosyn.Llm.Caching;
using Cosyn.Llm.Calls;
using Microsoft.Extensions.AI;

namespace Cosyn.Llm.Middleware;

/// <summary>
/// Answers a request seen before from the run store, and lets identical requests in flight share one provider call.
/// Only successful responses are stored, and each is committed before it is returned, so a killed run's rerun never
/// repeats a call that had finished.
/// </summary>
public sealed class ResponseCacheChatClient(IChatClient innerClient, LlmCallServices services) : BufferedChatClient(innerClient)
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<ChatResponse>> _inFlight = new(StringComparer.Ordinal);

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        var target = LlmTarget.Of(InnerClient, options);
        var key = LlmRequestKey.Compute(target.Provider, target.Model, list, options);
        if (services.Cache.TryGet(key) is { } stored)
        {
            MarkHit();
            return stored;
        }

        var mine = new TaskCompletionSource<ChatResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        var shared = _inFlight.GetOrAdd(key, mine);
        if (shared != mine)
        {
            var joined = await shared.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
            MarkHit();
            return joined;
        }

        try
        {
            var response = await base.GetResponseAsync(list, options, cancellationToken).ConfigureAwait(false);
            services.Cache.Put(key, target.Model, response, services.Time.GetUtcNow());
            mine.SetResult(response);
            return response;
        }
        catch (Exception ex)
        {
            mine.SetException(ex);
            _ = mine.Task.Exception; // observed here: callers that joined see it through their own await
            throw;
        }
        finally
        {
            _inFlight.TryRemove(KeyValuePair.Create(key, mine));
        }
    }

    private static void MarkHit()
    {
        if (LlmCallContext.Current is { } call)
        {
            call.CacheHit = true;
        }
    }
}
