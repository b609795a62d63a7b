using System.Collections.Concurrent;
using System.Text;
using Cosyn.Hosting.Llm;
using Cosyn.Testing.Fakes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Cosyn.Tests.Llm.Fakes;

/// <summary>
/// A local provider on 127.0.0.1 (Kestrel, random port) that speaks a real wire format and plays a transcript:
/// completions, HTTP errors with rate-limit headers, stalls and dropped connections. It records every request.
/// Token usage is deterministic: a quarter of the characters in, a quarter out (at least 1 each).
/// </summary>
public sealed class FakeLlmServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly IFakeWireFormat _format;
    private readonly FakeTranscript _transcript;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentQueue<FakeLlmRequest> _requests = new();
    private readonly ConcurrentDictionary<string, int> _answered = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _answeredBodies = new(StringComparer.Ordinal);
    private int _count;

    private FakeLlmServer(WebApplication app, IFakeWireFormat format, FakeTranscript transcript)
    {
        _app = app;
        _format = format;
        _transcript = transcript;
        Batches = new FakeBatchApi(AnswerAsync);
    }

    /// <summary>The batch endpoints (both dialects), answering each request as the online endpoint would.</summary>
    public FakeBatchApi Batches { get; }

    /// <summary>Scheme, host and port, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseUri { get; private set; } = null!;

    /// <summary>Every request received, in arrival order.</summary>
    public IReadOnlyList<FakeLlmRequest> Requests => [.. _requests];

    /// <summary>How many completions were sent per prompt (a successful call repeated shows up here as more than 1).</summary>
    public IReadOnlyDictionary<string, int> CompletionsByPrompt => _answered;

    /// <summary>How many completions were sent per exact request body (sampling options included).</summary>
    public IReadOnlyDictionary<string, int> CompletionsByBody => _answeredBodies;

    public static Task<FakeLlmServer> StartOpenAiAsync(FakeTranscript transcript) => StartAsync(new OpenAiWireFormat(), transcript);

    public static Task<FakeLlmServer> StartAnthropicAsync(FakeTranscript transcript) => StartAsync(new AnthropicWireFormat(), transcript);

    /// <summary>Starts the fake of <paramref name="provider"/>'s wire format: Anthropic's for <c>anthropic</c>, OpenAI's for the others.</summary>
    public static Task<FakeLlmServer> StartForAsync(string provider, FakeTranscript transcript) =>
        provider == LlmProviders.Anthropic ? StartAnthropicAsync(transcript) : StartOpenAiAsync(transcript);

    public static async Task<FakeLlmServer> StartAsync(IFakeWireFormat format, FakeTranscript transcript)
    {
        ArgumentNullException.ThrowIfNull(format);
        FakeLlmServer? server = null;
        var (_, baseUri) = await LoopbackHost.StartAsync(app =>
        {
            server = new FakeLlmServer(app, format, transcript);
            app.MapPost(format.Path, (RequestDelegate)server.HandleAsync);
            server.Batches.Map(app);
        });
        server!.BaseUri = baseUri;
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    // One batched request, answered by the online handler into memory; a stall or a drop leaves it unanswered.
    private async Task<(int Status, string Body)?> AnswerAsync(string path, string body)
    {
        using var aborted = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        var context = new DefaultHttpContext { RequestAborted = aborted.Token };
        context.Request.Method = "POST";
        context.Request.Path = path;
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        using var response = new MemoryStream();
        context.Response.Body = response;
        await HandleAsync(context);
        return response.Length == 0 ? null : (context.Response.StatusCode, Encoding.UTF8.GetString(response.ToArray()));
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var json = JsonDocument.Parse(body).RootElement;
        var model = json.GetProperty("model").GetString() ?? "unknown";
        var request = new FakeLlmRequest(Interlocked.Increment(ref _count), model, _format.PromptOf(json), body);
        _requests.Enqueue(request);
        var reply = _transcript.Next(request);
        using var aborted = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
        foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        switch (reply.Kind)
        {
            case FakeReplyKind.Stall:
                await Task.Delay(Timeout.Infinite, aborted.Token).ContinueWith(_ => { }, TaskScheduler.Default);
                context.Abort();
                return;
            case FakeReplyKind.Drop:
                context.Abort();
                return;
            case FakeReplyKind.Error:
                await _format.WriteErrorAsync(context, reply.Status, reply.Text ?? "error");
                return;
            default:
                if (reply.Delay > TimeSpan.Zero)
                {
                    await Task.Delay(reply.Delay, aborted.Token);
                }

                var text = reply.Text ?? string.Empty;
                _answered.AddOrUpdate(request.Prompt, 1, (_, n) => n + 1);
                _answeredBodies.AddOrUpdate(request.Body, 1, (_, n) => n + 1);
                await _format.WriteCompletionAsync(context, model, text, Math.Max(1, request.Prompt.Length / 4), Math.Max(1, text.Length / 4));
                return;
        }
    }
}
