using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Cosyn.Llm.Middleware;

/// <summary>
/// A middleware that treats a streaming request as a buffered one, so caching, retries and accounting apply to it
/// unchanged (the synthesizer wants whole replies; a cached reply cannot stream anyway).
/// </summary>
public abstract class BufferedChatClient(IChatClient innerClient) : DelegatingChatClient(innerClient)
{
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }
}
