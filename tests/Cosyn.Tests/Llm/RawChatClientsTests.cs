using System.Net;
using System.Net.Sockets;
using Cosyn.Hosting.Llm;
using Microsoft.Extensions.AI;

namespace Cosyn.Tests.Llm;

/// <summary>The SDK clients are built with their own retries off: retrying belongs to the middleware, which counts every attempt.</summary>
public sealed class RawChatClientsTests
{
    [Theory]
    [InlineData(LlmProviders.OpenAi, "/v1")]
    [InlineData(LlmProviders.OpenAiCompatible, "/v1")]
    [InlineData(LlmProviders.Anthropic, "")]
    public async Task ServerError_IsNotRetriedByTheSdk(string provider, string path)
    {
        using var server = new FailingServer();
        var options = new LlmProviderOptions { Provider = provider, Model = "m", ApiKey = "sk-test", BaseUrl = new Uri($"{server.Url}{path}") };
        var client = RawChatClients.Create(options).Code;

        await Assert.ThrowsAnyAsync<Exception>(() => client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]));

        Assert.Equal(1, server.Requests);
    }

    [Fact]
    public void Create_StagesWithTheSameModel_ShareOneClient()
    {
        var options = new LlmProviderOptions { Provider = LlmProviders.Ollama, Model = "small", CodeModel = "coder" };

        var clients = RawChatClients.Create(options);

        Assert.Same(clients.Topic, clients.Qa);
        Assert.NotSame(clients.Topic, clients.Code);
    }

    /// <summary>Answers every request with 500 and counts them.</summary>
    private sealed class FailingServer : IDisposable
    {
        private readonly HttpListener _listener = new();
        private int _requests;

        public FailingServer()
        {
            using (var probe = new TcpListener(IPAddress.Loopback, 0))
            {
                probe.Start();
                Url = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}";
            }

            _listener.Prefixes.Add(Url + "/");
            _listener.Start();
            _ = Task.Run(ServeAsync);
        }

        public string Url { get; }

        public int Requests => Volatile.Read(ref _requests);

        public void Dispose() => _listener.Close();

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                Interlocked.Increment(ref _requests);
                context.Response.StatusCode = 500;
                context.Response.ContentType = "application/json";
                await using (var body = context.Response.OutputStream)
                {
                    await body.WriteAsync("{\"error\":{\"message\":\"boom\",\"type\":\"server_error\"}}"u8.ToArray());
                }
            }
        }
    }
}
