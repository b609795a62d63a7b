using Microsoft.Extensions.AI;

namespace Cosyn.Llm.Middleware;

/// <summary>Which provider and model a request goes to: the request's model when set, else the client's default.</summary>
public sealed record LlmTarget(string Provider, string Model)
{
    public static LlmTarget Of(IChatClient client, ChatOptions? options)
    {
        ArgumentNullException.ThrowIfNull(client);
        var metadata = client.GetService<ChatClientMetadata>();
        return new LlmTarget(metadata?.ProviderName ?? "unknown", options?.ModelId ?? metadata?.DefaultModelId ?? "unknown");
    }
}
