using Cosyn.Llm;
using Cosyn.Tests.Llm.Fakes;
using Microsoft.Extensions.AI;

namespace Cosyn.Tests.Llm;

/// <summary>A fake provider, the run's LLM services in a temp folder, and a real SDK client wrapped in the middleware.</summary>
internal sealed class LlmWireHarness : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly bool _ownsFolder;

    private LlmWireHarness(TempFolder folder, bool ownsFolder, FakeLlmServer server, LlmCallServices services, string provider, string stage)
    {
        _ownsFolder = ownsFolder;
        Folder = folder;
        Server = server;
        Services = services;
        _http = services.CreateHttpClient();
        var sdk = provider == "openai" ? LlmSdkClients.OpenAi(server, _http) : LlmSdkClients.Anthropic(server, _http);
        Client = LlmMiddleware.Wrap(sdk, stage, services);
    }

    public TempFolder Folder { get; }

    public FakeLlmServer Server { get; }

    public LlmCallServices Services { get; }

    public IChatClient Client { get; }

    /// <summary>Starts a fake <paramref name="provider"/> ("openai" or "anthropic"); <paramref name="folder"/> lets a second harness reuse a run folder.</summary>
    public static async Task<LlmWireHarness> StartAsync(string provider, FakeTranscript transcript, LlmCallOptions? options = null, string stage = "topic", TempFolder? folder = null)
    {
        var server = await FakeLlmServer.StartForAsync(provider, transcript);
        var owned = folder is null;
        folder ??= new TempFolder();
        return new LlmWireHarness(folder, owned, server, new LlmCallServices(folder.Path, options ?? LlmTestOptions.Fast(), TimeProvider.System), provider, stage);
    }

    /// <summary>Closes the server and services; deletes the run folder only when the harness made it.</summary>
    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        Services.Dispose();
        await Server.DisposeAsync();
        if (_ownsFolder)
        {
            Folder.Dispose();
        }
    }
}
