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
    /// <param name="options">Provider, key, endpoint and models.</param>
    /// <param name="http">The HTTP client the SDKs send through (the middleware's observer reads rate-limit headers from it); null for the SDK's own.</param>
    public static LlmStageClients Create(LlmProviderOptions options, HttpClient? http = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var byModel = new Dictionary<string, IChatClient>(StringComparer.Ordinal);
        IChatClient For(string model)
        {
            if (!byModel.TryGetValue(model, out var client))
            {
                client = new Cosyn.Llm.Middleware.ProviderNamedChatClient(CreateOne(options, model, http), options.Provider);
                byModel[model] = client;
            }

            return client;
        }

        var models = options.StageModels;
        return new LlmStageClients(For(models.Topic), For(models.Data), For(models.Code), For(models.Qa))
        {
            Verify = options.EffectiveVerifyModel is { } verify ? For(verify) : null,
        };
    }

    private static IChatClient CreateOne(LlmProviderOptions options, string model, HttpClient? http)
    {
        if (options.Provider == LlmProviders.Anthropic)
        {
            var url = options.EffectiveBaseUrl?.ToString().TrimEnd('/');
            var anthropic = (url, http) switch
            {
                (null, null) => new AnthropicClient { ApiKey = options.ApiKey, MaxRetries = 0, Timeout = options.RequestTimeout },
                (null, _) => new AnthropicClient { ApiKey = options.ApiKey, MaxRetries = 0, Timeout = options.RequestTimeout, HttpClient = http },
                (_, null) => new AnthropicClient { ApiKey = options.ApiKey, MaxRetries = 0, Timeout = options.RequestTimeout, BaseUrl = url },
                _ => new AnthropicClient { ApiKey = options.ApiKey, MaxRetries = 0, Timeout = options.RequestTimeout, BaseUrl = url, HttpClient = http },
            };

            return anthropic.AsIChatClient(model, options.MaxOutputTokens);
        }

        var clientOptions = new OpenAIClientOptions
        {
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = options.RequestTimeout,
        };
        if (http is not null)
        {
            clientOptions.Transport = new HttpClientPipelineTransport(http);
        }

        if (options.EffectiveBaseUrl is { } endpoint)
        {
            clientOptions.Endpoint = endpoint;
        }

        var openAi = new OpenAIClient(new ApiKeyCredential(string.IsNullOrEmpty(options.ApiKey) ? NoKey : options.ApiKey), clientOptions);
        return openAi.GetChatClient(model).AsIChatClient();
    }
}
