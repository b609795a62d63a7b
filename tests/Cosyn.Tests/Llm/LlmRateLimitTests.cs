using System.Diagnostics;
using Cosyn.Llm;
using Cosyn.Llm.RateLimits;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Time.Testing;

namespace Cosyn.Tests.Llm;

/// <summary>Pacing and server-requested pauses, on a fake clock: nothing here sleeps for real.</summary>
public sealed class LlmRateLimitTests
{
    // The buckets refill on the library's own clock (System.Threading.RateLimiting reads Stopwatch), so these two
    // use real time with high limits: 100 ms refill periods keep them short.
    [Fact]
    public async Task Acquire_OverRequestsPerMinute_WaitsForRefill()
    {
        // 120 rpm: a bucket of 20 (ten seconds' worth) refilled by one every 500 ms.
        using var limiter = new ModelRateLimiter(120, null, TimeProvider.System);
        var burst = Stopwatch.StartNew();
        for (var i = 0; i < 20; i++)
        {
            await limiter.AcquireAsync(0, CancellationToken.None);
        }

        burst.Stop();
        var waited = await limiter.AcquireAsync(0, CancellationToken.None);

        Assert.True(burst.Elapsed < TimeSpan.FromMilliseconds(300), $"the burst itself was slow ({burst.Elapsed}); the machine is too busy to judge");
        Assert.InRange(waited, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task Acquire_OverTokensPerMinute_WaitsUntilTokensRefill()
    {
        using var limiter = new ModelRateLimiter(null, 60_000, TimeProvider.System);

        Assert.Equal(10_000, limiter.TokenBurst);
        await limiter.AcquireAsync(10_000, CancellationToken.None);
        var waited = await limiter.AcquireAsync(300, CancellationToken.None);
        Assert.InRange(waited, TimeSpan.FromMilliseconds(150), TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task RetryAfter_OnOneCall_PausesOtherCallsToTheSameModel()
    {
        var time = new FakeTimeProvider();
        using var folder = new TempFolder();
        using var services = new LlmCallServices(folder.Path, new LlmCallOptions { BaseDelay = TimeSpan.FromSeconds(1) }, time);
        var provider = new ProviderStandIn
        {
            Respond = (n, messages, _) => n == 1
                ? Task.FromException<ChatResponse>(ProviderStandIn.RateLimited(TimeSpan.FromSeconds(30)))
                : Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "ok"))),
        };
        var topic = LlmMiddleware.Wrap(provider, "topic", services);
        var qa = LlmMiddleware.Wrap(provider, "qa", services);

        var first = topic.GetResponseAsync("first");
        await WaitUntil(() => provider.Calls == 1);
        var second = qa.GetResponseAsync("second");
        time.Advance(TimeSpan.FromSeconds(29));
        await Task.Delay(50);
        Assert.Equal(1, provider.Calls);
        Assert.False(first.IsCompleted || second.IsCompleted);

        time.Advance(TimeSpan.FromSeconds(1));
        await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(3, provider.Calls);
        var report = services.Usage.Report();
        Assert.Equal(1, report.Stages["topic"].Totals.RateLimited);
        Assert.Equal(30, report.Stages["qa"].Totals.RateLimitWaitSeconds, 1);
    }

    [Fact]
    public void Parse_OpenAiHeaders_ReadsRetryAfterMsAndExhaustedWindow()
    {
        var now = DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var headers = RateLimitHeaderParser.Parse(Headers(("retry-after-ms", "1500"), ("x-ratelimit-remaining-requests", "0"), ("x-ratelimit-reset-requests", "6m0s"), ("x-ratelimit-remaining-tokens", "120"), ("x-ratelimit-reset-tokens", "20ms")), now);

        Assert.Equal(TimeSpan.FromMilliseconds(1500), headers.RetryAfter);
        Assert.Equal((0L, TimeSpan.FromMinutes(6)), (headers.RequestsRemaining!.Value, headers.RequestsReset!.Value));
        Assert.Equal((120L, TimeSpan.FromMilliseconds(20)), (headers.TokensRemaining!.Value, headers.TokensReset!.Value));
        Assert.Equal(TimeSpan.FromMilliseconds(1500), headers.Pause);
        Assert.Equal(TimeSpan.FromMinutes(6), (headers with { RetryAfter = null }).Pause);
    }

    [Fact]
    public void Parse_AnthropicHeaders_ReadsRfc3339ResetsAndTightestTokenLimit()
    {
        var now = DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var headers = RateLimitHeaderParser.Parse(
            Headers(
                ("retry-after", "7"),
                ("anthropic-ratelimit-requests-remaining", "49"),
                ("anthropic-ratelimit-requests-reset", "2026-01-01T00:00:10Z"),
                ("anthropic-ratelimit-input-tokens-remaining", "0"),
                ("anthropic-ratelimit-input-tokens-reset", "2026-01-01T00:00:30Z"),
                ("anthropic-ratelimit-output-tokens-remaining", "8000")),
            now);

        Assert.Equal(TimeSpan.FromSeconds(7), headers.RetryAfter);
        Assert.Equal(49, headers.RequestsRemaining);
        Assert.Equal(TimeSpan.FromSeconds(10), headers.RequestsReset);
        Assert.Equal(0, headers.TokensRemaining);
        Assert.Equal(TimeSpan.FromSeconds(30), (headers with { RetryAfter = null }).Pause);
    }

    [Theory]
    [InlineData("1s", 1000)]
    [InlineData("6m0s", 360_000)]
    [InlineData("20ms", 20)]
    [InlineData("1h2m3.5s", 3_723_500)]
    public void ParseDuration_GoStyle_ReadsEveryUnit(string text, double milliseconds) =>
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), RateLimitHeaderParser.ParseDuration(text));

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("5x")]
    public void ParseDuration_NotADuration_ReturnsNull(string text) => Assert.Null(RateLimitHeaderParser.ParseDuration(text));

    private static IEnumerable<KeyValuePair<string, IEnumerable<string>>> Headers(params (string Name, string Value)[] pairs) =>
        pairs.Select(p => KeyValuePair.Create(p.Name, (IEnumerable<string>)[p.Value]));

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
