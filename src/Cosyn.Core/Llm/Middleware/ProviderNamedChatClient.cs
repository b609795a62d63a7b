using Microsoft.Extensions.AI;

namespace Cosyn.Llm.Middleware;

/// <summary>
/// Reports the provider under the name it was configured with (the OpenAI SDK calls every endpoint "openai", so an
/// <c>openai-compatible</c> server would be logged and priced as OpenAI).
/// </summary>
public sealed class ProviderNamedChatClient(IChatClient innerClient, string provider) : DelegatingChatClient(innerClient)
{
    public override object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is null && serviceType == typeof(ChatClientMetadata))
        {
            var inner = base.GetService(serviceType, serviceKey) as ChatClientMetadata;
            return new ChatClientMetadata(provider, inner?.ProviderUri, inner?.DefaultModelId);
        }

        return base.GetService(serviceType, serviceKey);
    }
}
