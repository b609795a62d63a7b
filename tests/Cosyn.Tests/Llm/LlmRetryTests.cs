using Cosyn.Llm;
using Cosyn.Llm.Calls;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Time.Testing;

namespace Cosyn.Tests.Llm;

/// <summary>The retry layer's budget on a fake clock.</summary>
public sealed class LlmRetryTests
{
    [Fact]
    public async Task Retries_WithoutServerHint_BackOffExponentiallyWithinBudget()
    {
        var time = new FakeTimeProvider();
        using var folder = new TempFolder();
        var options = new LlmCallOptions { MaxOutage = null, MaxRetries = 3, BaseDelay = TimeSpan.FromSeconds(2), MaxDelay = TimeSpan.FromSeconds(60) };
        using var services = new LlmCallServices(folder.Path, options, time);
        var provider = new ProviderStandIn { Respond = (_, _, _) => Task.FromException<ChatResponse>(new HttpRequestException("boom", null, System.Net.HttpStatusCode.BadGateway)) };
        var client = LlmMiddleware.Wrap(provider, "code", services);

        var call = client.GetResponseAsync("x");
        for (var i = 0; i < 200 && !call.IsCompleted; i++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(5);
        }

        var error = await Assert.ThrowsAsync<LlmCallException>(() => call);
        Assert.Equal(4, provider.Calls);
        Assert.Contains("HTTP 502", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Call_TotalBudgetRunsOutBeforeRetries_EndsWithBudgetMessage()
    {
        var time = new FakeTimeProvider();
        using var folder = new TempFolder();
        var options = new LlmCallOptions { MaxOutage = null, MaxRetries = 20, BaseDelay = TimeSpan.FromSeconds(4), TotalTimeout = TimeSpan.FromSeconds(10), CircuitBreakAfter = 0 };
        using var services = new LlmCallServices(folder.Path, options, time);
        var provider = new ProviderStandIn { Respond = (_, _, _) => Task.FromException<ChatResponse>(new HttpRequestException("bad gateway", null, System.Net.HttpStatusCode.BadGateway)) };
        var client = LlmMiddleware.Wrap(provider, "code", services);

        var call = client.GetResponseAsync("x");
        for (var i = 0; i < 100 && !call.IsCompleted; i++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(5);
        }

        var error = await Assert.ThrowsAsync<LlmCallException>(() => call);
        Assert.InRange(provider.Calls, 2, 5);
        Assert.Equal(LlmFailureKind.ServerError, error.Failure.Kind);
        Assert.Contains("(total time budget used up): HTTP 502", error.Message, StringComparison.Ordinal);
    }
}
