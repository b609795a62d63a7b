using Cosyn.Llm;
using Cosyn.Llm.Calls;
using Cosyn.Llm.RateLimits;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Time.Testing;

namespace Cosyn.Tests.Llm;

/// <summary>The per-model circuit: opens on failures in a row, probes after the break, closes on success.</summary>
public sealed class LlmCircuitTests
{
    private static readonly LlmFailure Down = new(LlmFailureKind.ServerError, 503, "HTTP 503: down");

    [Fact]
    public void Failed_ThresholdReached_RejectsUntilBreakEndsThenLetsOneProbeThrough()
    {
        var time = new FakeTimeProvider();
        var circuit = new ModelCircuit(2, TimeSpan.FromSeconds(30), time);

        circuit.Failed(Down);
        Assert.Null(circuit.Rejection());
        circuit.Failed(Down);
        Assert.Equal(Down, circuit.Rejection());

        time.Advance(TimeSpan.FromSeconds(30));
        Assert.Null(circuit.Rejection());
        Assert.Equal(Down, circuit.Rejection());

        circuit.Succeeded();
        Assert.Null(circuit.Rejection());
    }

    [Fact]
    public void Failed_BadRequest_DoesNotCountAgainstTheModel()
    {
        var circuit = new ModelCircuit(1, TimeSpan.FromSeconds(30), new FakeTimeProvider());

        circuit.Failed(new LlmFailure(LlmFailureKind.Rejected, 400, "HTTP 400: bad schema"));

        Assert.Null(circuit.Rejection());
    }

    [Fact]
    public async Task Calls_ProviderRecovers_ProbeSucceedsAndCircuitCloses()
    {
        var time = new FakeTimeProvider();
        using var folder = new TempFolder();
        var options = new LlmCallOptions { MaxOutage = null, MaxRetries = 0, CircuitBreakAfter = 2, CircuitBreakDuration = TimeSpan.FromSeconds(60) };
        using var services = new LlmCallServices(folder.Path, options, time);
        var healthy = false;
        var provider = new ProviderStandIn
        {
            Respond = (_, messages, _) => healthy
                ? Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "ok")))
                : Task.FromException<ChatResponse>(new HttpRequestException("down", null, System.Net.HttpStatusCode.ServiceUnavailable)),
        };
        var client = LlmMiddleware.Wrap(provider, "data", services);

        await Assert.ThrowsAsync<LlmCallException>(() => client.GetResponseAsync("a"));
        await Assert.ThrowsAsync<LlmCallException>(() => client.GetResponseAsync("b"));
        await Assert.ThrowsAsync<LlmCallException>(() => client.GetResponseAsync("c"));
        Assert.Equal(2, provider.Calls);

        healthy = true;
        time.Advance(TimeSpan.FromSeconds(60));
        Assert.Equal("ok", (await client.GetResponseAsync("d")).Text);
        Assert.Equal("ok", (await client.GetResponseAsync("e")).Text);
        Assert.Equal(4, provider.Calls);
    }
}
