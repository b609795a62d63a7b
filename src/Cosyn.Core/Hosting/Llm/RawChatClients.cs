using System.ClientModel;
using System.ClientModel.Primitives;
using Anthropic;
using Cosyn.Synthesis.Llm;
using Microsoft.Extensions.AI;
using OpenAI;

namespace Cosyn.Hosting.Llm;

/// <summary>
/// Builds the provider SDKs' own chat clients, one per distinct model, with the SDKs' retries off: retrying is the
/// middleware's job (it honours Retry-After and counts every attempt).
/// </summary>
public static class RawChatClients
{
    /// <summary>Sent to OpenAI-compatible servers that need no key (Ollama, a local vLLM); the SDK requires a non-empty one.</summary>
    private const string NoKey = "no-key";

    /// <summary>One raw client per stage; stages with the same model share a client.</summary>
    public static LlmStageClients Create(LlmProviderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var byModel = new Dictionary<string, IChatClient>(StringComparer.Ordinal);
        IChatClient For(string model)
        {
            if (!byModel.TryGetValue(model, out var client))
            {
                client = CreateOne(options, model);
                byModel[model] = client;
            }

            return client;
        }

        var models = options.StageModels;
        return new LlmStageClients(For(models.Topic), For(models.Data), For(models.Code), For(models.Qa));
    }

    private static IChatClient CreateOne(LlmProviderOptions options, string model)
    {
        if (options.Provider == LlmProviders.Anthropic)
        {
            var url = options.EffectiveBaseUrl?.ToString().TrimEnd('/');
            var anthropic = url is null
                ? new AnthropicClient { ApiKey = options.ApiKey, MaxRetries = 0, Timeout = options.RequestTimeout }
                : new AnthropicClient { ApiKey = options.ApiKey, MaxRetries = 0, Timeout = options.RequestTimeout, BaseUrl = url };
            return anthropic.AsIChatClient(model, options.MaxOutputTokens);
        }

        var clientOptions = new OpenAIClientOptions
        {
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = options.RequestTimeout,
        };
        if (options.EffectiveBaseUrl is { } endpoint)
        {
            clientOptions.Endpoint = endpoint;
        }

        var openAi = new OpenAIClient(new ApiKeyCredential(string.IsNullOrEmpty(options.ApiKey) ? NoKey : options.ApiKey), clientOptions);
        return openAi.GetChatClient(model).AsIChatClient();
    }
}
