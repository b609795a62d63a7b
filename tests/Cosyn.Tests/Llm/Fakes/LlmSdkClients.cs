using System.ClientModel;
using System.ClientModel.Primitives;
using Anthropic;
using Microsoft.Extensions.AI;
using OpenAI;

namespace Cosyn.Tests.Llm.Fakes;

/// <summary>
/// Real SDK clients pointed at a fake server, built as production should build them: the middleware's HttpClient
/// (which reports status and rate-limit headers) and the SDK's own retries off, so the middleware alone retries.
/// </summary>
public static class LlmSdkClients
{
    public static IChatClient OpenAi(FakeLlmServer server, HttpClient http, string model = "gpt-4o-mini") =>
        new OpenAI.Chat.ChatClient(model, new ApiKeyCredential("test-key"), new OpenAIClientOptions
        {
            Endpoint = new Uri(server.BaseUri, "/v1"),
            Transport = new HttpClientPipelineTransport(http),
            RetryPolicy = new ClientRetryPolicy(0),
            NetworkTimeout = TimeSpan.FromMinutes(10),
        }).AsIChatClient();

    public static IChatClient Anthropic(FakeLlmServer server, HttpClient http, string model = "claude-haiku-4-5") =>
        new AnthropicClient
        {
            ApiKey = "test-key",
            BaseUrl = server.BaseUri.ToString().TrimEnd('/'),
            HttpClient = http,
            MaxRetries = 0,
            Timeout = TimeSpan.FromMinutes(10),
        }.AsIChatClient(model, defaultMaxOutputTokens: 1024);
}
