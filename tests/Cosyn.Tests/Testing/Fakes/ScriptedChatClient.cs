using System.Collections.Concurrent;
using Microsoft.Extensions.AI;

namespace Cosyn.Tests.Testing.Fakes;

/// <summary>A chat client that answers from a script (a callback over the messages) and records every request.</summary>
internal sealed class ScriptedChatClient(Func<IReadOnlyList<ChatMessage>, string> reply) : IChatClient
{
    public ConcurrentQueue<(IReadOnlyList<ChatMessage> Messages, ChatOptions? Options)> Calls { get; } = new();

    /// <summary>Thrown instead of answering, when set.</summary>
    public Func<Exception>? Throw { get; set; }

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages.ToList();
        Calls.Enqueue((list, options));
        if (Throw is not null)
        {
            throw Throw();
        }

        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, reply(list))));
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("the synthesizer does not stream");

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
