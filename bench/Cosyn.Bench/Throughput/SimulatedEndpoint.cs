using System.Text.Json;
using Cosyn.Testing.Fakes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Cosyn.Bench.Throughput;

/// <summary>
/// A simulated OpenAI-compatible provider on loopback: <c>POST /v1/chat/completions</c> answered after a log-normal
/// latency, rolling-minute request and token limits enforced with 429 + <c>retry-after-ms</c> and
/// <c>x-ratelimit-*</c> headers, a share of HTTP 500s, and a scheduled outage answered 503 + Retry-After.
/// </summary>
internal sealed class SimulatedEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SimulatedEndpointOptions _options;
    private readonly Lock _gate = new();
    private readonly Queue<(DateTimeOffset At, long Tokens)> _window = new();
    private readonly Random _random;
    private readonly DateTimeOffset _started = DateTimeOffset.UtcNow;
    private long _windowTokens;

    private SimulatedEndpoint(WebApplication app, SimulatedEndpointOptions options)
    {
        _app = app;
        _options = options;
        _random = new Random(options.Seed);
    }

    public Uri BaseUri { get; private set; } = null!;

    public long Completions;
    public long RateLimited;
    public long ServerErrors;
    public long OutageAnswers;
    public double LatencySecondsSum;

    public static async Task<SimulatedEndpoint> StartAsync(SimulatedEndpointOptions options)
    {
        SimulatedEndpoint? endpoint = null;
        var (_, baseUri) = await LoopbackHost.StartAsync(app =>
        {
            endpoint = new SimulatedEndpoint(app, options);
            app.MapPost("/v1/chat/completions", (RequestDelegate)endpoint.HandleAsync);
        });
        endpoint!.BaseUri = baseUri;
        return endpoint;
    }

    /// <summary>Whether the scheduled outage is on now.</summary>
    public bool InOutage(DateTimeOffset now) =>
        _options.OutageStart is { } start && now - _started >= start && now - _started < start + _options.OutageLength;

    /// <summary>Mean latency the endpoint applied to the requests it answered.</summary>
    public double MeanLatencySeconds => Completions + ServerErrors == 0 ? 0 : LatencySecondsSum / (Completions + ServerErrors);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var document = await JsonDocument.ParseAsync(context.Request.Body);
        var messages = document.RootElement.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("content").GetString() ?? string.Empty).ToList();
        var prompt = string.Join("\n", messages);
        var model = document.RootElement.GetProperty("model").GetString();
        var now = DateTimeOffset.UtcNow;
        if (InOutage(now))
        {
            Interlocked.Increment(ref OutageAnswers);
            context.Response.Headers["retry-after"] = "15";
            await ErrorAsync(context, 503, "service unavailable (scheduled outage)");
            return;
        }

        var reply = SimulatedReplies.For(prompt);
        var tokens = Math.Max(1, prompt.Length / 4) + Math.Max(1, reply.Length / 4);
        double latency;
        bool fail;
        lock (_gate)
        {
            while (_window.Count > 0 && now - _window.Peek().At >= TimeSpan.FromMinutes(1))
            {
                _windowTokens -= _window.Dequeue().Tokens;
            }

            if (_window.Count >= _options.RequestsPerMinute || _windowTokens + tokens > _options.TokensPerMinute)
            {
                var reset = _window.Peek().At + TimeSpan.FromMinutes(1) - now;
                context.Response.Headers["retry-after-ms"] = ((long)Math.Ceiling(reset.TotalMilliseconds)).ToString(CultureInfo.InvariantCulture);
                context.Response.Headers["x-ratelimit-limit-requests"] = _options.RequestsPerMinute.ToString(CultureInfo.InvariantCulture);
                context.Response.Headers["x-ratelimit-remaining-requests"] = Math.Max(0, _options.RequestsPerMinute - _window.Count).ToString(CultureInfo.InvariantCulture);
                context.Response.Headers["x-ratelimit-reset-requests"] = string.Create(CultureInfo.InvariantCulture, $"{reset.TotalSeconds:0.###}s");
                Interlocked.Increment(ref RateLimited);
                fail = true;
                latency = -1;
            }
            else
            {
                _window.Enqueue((now, tokens));
                _windowTokens += tokens;
                latency = _options.MedianLatency.TotalSeconds * Math.Exp(_options.LatencySigma * Gaussian());
                fail = _random.NextDouble() < _options.ErrorRate;
            }
        }

        if (latency < 0)
        {
            await ErrorAsync(context, 429, "Rate limit reached for requests");
            return;
        }

        await Task.Delay(TimeSpan.FromSeconds(latency), context.RequestAborted);
        lock (_gate)
        {
            LatencySecondsSum += latency;
        }

        if (fail)
        {
            Interlocked.Increment(ref ServerErrors);
            await ErrorAsync(context, 500, "internal error");
            return;
        }

        Interlocked.Increment(ref Completions);
        await context.Response.WriteAsJsonAsync(new
        {
            id = "chatcmpl-sim",
            @object = "chat.completion",
            created = 1_760_000_000,
            model,
            choices = new[] { new { index = 0, message = new { role = "assistant", content = reply, refusal = (string?)null }, logprobs = (object?)null, finish_reason = "stop" } },
            usage = new { prompt_tokens = prompt.Length / 4, completion_tokens = reply.Length / 4, total_tokens = tokens },
        });
    }

    // Box-Muller under the lock: one seeded generator, so a run's latencies are reproducible given its arrival order.
    private double Gaussian() => Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());

    private static Task ErrorAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { error = new { message, type = status == 429 ? "rate_limit_exceeded" : "server_error", param = (string?)null, code = (string?)null } });
    }
}
