using System.Diagnostics;
using Cosyn.Catalog;
using Cosyn.Engine;
using Cosyn.Hosting.Llm;
using Cosyn.Llm;
using Cosyn.Store;
using Cosyn.Tests.Llm.Fakes;

namespace Cosyn.Tests.Llm;

/// <summary>
/// Issue #6's "done means": real <see cref="RunEngine"/> runs built by <see cref="LlmSynthesizerFactory"/> (the real
/// OpenAI and Anthropic SDK clients, preflight, middleware, cache in run.db) against a local fake provider that plays
/// realistic transcripts and faults; the renderer is a fake that fails code carrying <see cref="PlausibleResponder.BrokenMarker"/>.
/// </summary>
public sealed class LlmEndToEndTests : TempFolderTests
{
    [Theory]
    [InlineData(LlmProviders.OpenAiCompatible)]
    [InlineData(LlmProviders.Anthropic)]
    public async Task Run_RealisticTranscript_RepairsRetriesAndAccountsForEverySample(string provider)
    {
        var responder = new PlausibleResponder()
            .Then(PlausibleResponder.Topic, FakeReply.RateLimited(1))
            .Then(PlausibleResponder.Data, FakeReply.Error(500, "internal error"))
            .Then(PlausibleResponder.Code, FakeReply.Stall)
            .Then(PlausibleResponder.Qa, FakeReply.Completion(ScriptedReplies.TruncatedQa));
        await using var server = await FakeLlmServer.StartForAsync(provider, new FakeTranscript([], responder.Reply));

        var result = await RunAsync(server, provider, "out", 4, CallOptions(callTimeout: TimeSpan.FromSeconds(1)));

        var stats = result.Stats.Pipelines["chart-matplotlib"];
        Assert.True(result.Stats.Completed);
        Assert.Equal(4, stats.Written);
        Assert.Equal(stats.Planned, stats.Written + stats.Failed);
        Assert.Equal(4, File.ReadAllLines(Path.Combine(result.OutputFolder, "samples.jsonl")).Length);

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(result.OutputFolder, "stats.json")));
        var render = json.RootElement.GetProperty("pipelines").GetProperty("chart-matplotlib").GetProperty("render");
        Assert.Equal(0, render.GetProperty("first_try").GetInt32());
        Assert.Equal(4, render.GetProperty("after_repair").GetInt32());
        Assert.Equal(4, render.GetProperty("repaired_kinds").GetProperty("syntax").GetInt32());
        var llm = json.RootElement.GetProperty("llm").GetProperty("totals");
        Assert.True(llm.GetProperty("retries").GetInt64() >= 3, "the 429, the 500 and the stall are each retried");
        Assert.True(llm.GetProperty("rate_limited").GetInt64() >= 1);
        Assert.Equal(0, llm.GetProperty("failed_calls").GetInt64());
        Assert.True(llm.GetProperty("input_tokens").GetInt64() > 0);

        // 4 samples: topic, data, first code, repair, QA each; one QA correction after the truncated JSON.
        var stages = json.RootElement.GetProperty("llm").GetProperty("stages");
        Assert.Equal(8, stages.GetProperty("code").GetProperty("totals").GetProperty("calls").GetInt64());
        Assert.Equal(5, stages.GetProperty("qa").GetProperty("totals").GetProperty("calls").GetInt64());
        Assert.Single(server.Requests, r => r.Prompt.Contains("Your reply could not be used", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(result.OutputFolder, "llm-calls.jsonl")));
        foreach (var line in File.ReadAllLines(Path.Combine(result.OutputFolder, "samples.jsonl")))
        {
            using var sample = JsonDocument.Parse(line);
            var code = sample.RootElement.GetProperty("code").GetString()!;
            Assert.DoesNotContain(PlausibleResponder.BrokenMarker, code, StringComparison.Ordinal);
            Assert.DoesNotContain("```", code, StringComparison.Ordinal);
            Assert.Equal(10, sample.RootElement.GetProperty("qa_pairs").GetArrayLength());
        }
    }

    [Fact]
    public async Task Run_ThirtyPercentTransientFaults_WritesAllTwentyAndRepeatsNoSuccessfulRequest()
    {
        var responder = new PlausibleResponder();
        await using var server = await FakeLlmServer.StartOpenAiAsync(FakeTranscript.WithTransientFaults(0.3, seed: 5, responder.Reply, PlausibleResponder.IsPreflight));

        var result = await RunAsync(server, LlmProviders.OpenAiCompatible, "out", 20, CallOptions(maxRetries: 8));

        var stats = result.Stats.Pipelines["chart-matplotlib"];
        Assert.Equal(20, stats.Written);
        Assert.Equal(0, stats.Failed);
        Assert.True(server.Requests.Count > server.CompletionsByBody.Count, "faults were injected");
        Assert.All(server.CompletionsByBody, pair => Assert.Equal(1, pair.Value));
        Assert.True(result.Stats.Llm!.Totals.Retries > 0);
    }

    [Fact]
    public async Task Resume_WithLargerCount_SendsNoRequestThatAlreadySucceeded()
    {
        await using var server = await FakeLlmServer.StartOpenAiAsync(new FakeTranscript([], new PlausibleResponder().Reply));
        await RunAsync(server, LlmProviders.OpenAiCompatible, "out", 4, CallOptions());
        var firstSession = server.Requests.Count;
        var succeeded = server.CompletionsByBody.Keys.ToHashSet(StringComparer.Ordinal);

        var result = await RunAsync(server, LlmProviders.OpenAiCompatible, "out", 7, CallOptions());

        Assert.Equal(7, result.Stats.Pipelines["chart-matplotlib"].Written);
        var secondSession = server.Requests.Skip(firstSession).Where(r => !PlausibleResponder.IsPreflight(r)).ToList();
        Assert.NotEmpty(secondSession);
        Assert.DoesNotContain(secondSession, r => succeeded.Contains(r.Body));
        Assert.Equal(7, File.ReadAllLines(Path.Combine(result.OutputFolder, "samples.jsonl")).Length);
    }

    [Fact]
    public async Task Create_ServerAlwaysFailing_ReportsOneLineBeforeAnyWork()
    {
        await using var server = await FakeLlmServer.StartOpenAiAsync(new FakeTranscript([], _ => FakeReply.Error(503, "overloaded")));
        var folder = Temp.Sub("never");
        var opened = false;

        var (synthesizer, error) = await LlmSynthesizerFactory.CreateAsync(ProviderOptions(server, LlmProviders.OpenAiCompatible), () =>
        {
            opened = true;
            return new LlmCallServices(folder, CallOptions(), TimeProvider.System);
        }, CancellationToken.None);

        Assert.Null(synthesizer);
        Assert.False(opened);
        Assert.DoesNotContain('\n', error!);
        Assert.Contains("openai-compatible", error!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_PreflightMeetsABusyProvider_RetriesAndRuns()
    {
        var responder = new PlausibleResponder { FirstCodeBroken = false };
        await using var server = await FakeLlmServer.StartOpenAiAsync(new FakeTranscript([FakeReply.Error(503, "overloaded")], responder.Reply));

        var result = await RunAsync(server, LlmProviders.OpenAiCompatible, "out", 1, CallOptions());

        Assert.Equal(1, result.Stats.Totals.Written);
        Assert.Equal(2, server.Requests.Count(PlausibleResponder.IsPreflight));
    }

    private static LlmCallOptions CallOptions(int maxRetries = 5, TimeSpan? callTimeout = null) => new()
    {
        MaxRetries = maxRetries,
        BaseDelay = TimeSpan.FromMilliseconds(10),
        MaxDelay = TimeSpan.FromMilliseconds(200),
        CallTimeout = callTimeout ?? TimeSpan.FromSeconds(5),
    };

    private static LlmProviderOptions ProviderOptions(FakeLlmServer server, string provider) => LlmRunHarness.ProviderOptions(server, provider);

    private async Task<RunResult> RunAsync(FakeLlmServer server, string provider, string folder, int count, LlmCallOptions callOptions) =>
        (await LlmRunHarness.RunAsync(server, provider, Temp.Sub(folder), count, callOptions)).Result;
}
