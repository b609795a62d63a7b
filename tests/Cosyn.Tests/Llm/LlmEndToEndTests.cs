using System.Diagnostics;
using Cosyn.Catalog;
using Cosyn.Engine;
using Cosyn.Hosting.Llm;
using Cosyn.Llm;
using Cosyn.Store;
using Cosyn.Tests.Llm.Fakes;
using Cosyn.Tests.Testing.Fakes;

namespace Cosyn.Tests.Llm;

/// <summary>
/// Issue #6's "done means": real <see cref="RunEngine"/> runs built by <see cref="LlmSynthesizerFactory"/> (the real
/// OpenAI and Anthropic SDK clients, preflight, middleware, cache in run.db) against a local fake provider that plays
/// realistic transcripts and faults; the renderer is a fake that fails code carrying <see cref="PlausibleResponder.BrokenMarker"/>.
/// </summary>
public sealed class LlmEndToEndTests : IDisposable
{
    private static readonly PipelineDefinition ChartMatplotlib = PipelineCatalog.Find("chart-matplotlib")!;
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

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
        await using var server = await StartAsync(provider, new FakeTranscript([], responder.Reply));

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
    public async Task Run_ServerAlwaysFailing_EndsWithinItsBudgetWithEverySampleACountedFailure()
    {
        var responder = new PlausibleResponder();
        await using var server = await FakeLlmServer.StartOpenAiAsync(new FakeTranscript([], request =>
            PlausibleResponder.IsPreflight(request) ? responder.Reply(request) : FakeReply.Error(503, "overloaded")));
        var clock = Stopwatch.StartNew();

        var result = await RunAsync(server, LlmProviders.OpenAiCompatible, "out", 4, CallOptions(maxRetries: 2));

        clock.Stop();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        var stats = result.Stats.Pipelines["chart-matplotlib"];
        Assert.Equal(0, stats.Written);
        Assert.True(stats.Failed >= 4);
        Assert.Equal(stats.Planned, stats.Failed);
        Assert.Equal(stats.Failed, stats.Failures["topic"]["llm-error"]);
        using var store = RunStore.Open(result.OutputFolder);
        var failed = store.LoadAll().Where(s => s.Status == StoredSampleStatus.Failed).ToList();
        Assert.Equal(stats.Failed, failed.Count);
        Assert.All(failed, s => Assert.False(string.IsNullOrWhiteSpace(s.Detail)));
        Assert.True(server.Requests.Count < stats.Failed * 3, $"the circuit breaker stops calls: {server.Requests.Count} requests for {stats.Failed} failures");
    }

    [Fact]
    public async Task Create_ServerAlwaysFailing_ReportsOneLineBeforeAnyWork()
    {
        await using var server = await FakeLlmServer.StartOpenAiAsync(new FakeTranscript([], _ => FakeReply.Error(503, "overloaded")));
        var folder = _temp.Sub("never");
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

    private static Task<FakeLlmServer> StartAsync(string provider, FakeTranscript transcript) =>
        provider == LlmProviders.Anthropic ? FakeLlmServer.StartAnthropicAsync(transcript) : FakeLlmServer.StartOpenAiAsync(transcript);

    private static LlmCallOptions CallOptions(int maxRetries = 5, TimeSpan? callTimeout = null) => new()
    {
        MaxRetries = maxRetries,
        BaseDelay = TimeSpan.FromMilliseconds(10),
        MaxDelay = TimeSpan.FromMilliseconds(200),
        CallTimeout = callTimeout ?? TimeSpan.FromSeconds(5),
        TotalTimeout = TimeSpan.FromSeconds(20),
    };

    private static LlmProviderOptions ProviderOptions(FakeLlmServer server, string provider) => new()
    {
        Provider = provider,
        Model = "fake-model",
        BaseUrl = provider == LlmProviders.Anthropic ? server.BaseUri : new Uri(server.BaseUri, "/v1"),
        ApiKey = "test-key",
    };

    /// <summary>What <c>cosyn generate</c> does with a provider: the factory (preflight, SDK clients, middleware), then the engine.</summary>
    private async Task<RunResult> RunAsync(FakeLlmServer server, string provider, string folder, int count, LlmCallOptions callOptions)
    {
        var output = _temp.Sub(folder);
        Directory.CreateDirectory(output);
        var providerOptions = ProviderOptions(server, provider);
        LlmCallServices? services = null;
        try
        {
            var (synthesizer, error) = await LlmSynthesizerFactory.CreateAsync(providerOptions, () => services = new LlmCallServices(output, callOptions, TimeProvider.System), CancellationToken.None);
            Assert.True(synthesizer is not null, error);
            var renderers = new FakeRendererRegistry
            {
                FailWhen = r => r.Code.Contains(PlausibleResponder.BrokenMarker, StringComparison.Ordinal)
                    ? new RenderFailure(ToolNames.Matplotlib, RenderFailureKind.Syntax, "SyntaxError: invalid syntax (line 4)", "File \"figure.py\", line 4\n    BROKEN ax.bar(\n           ^")
                    : null,
            };
            var options = new RunOptions
            {
                Pipelines = [ChartMatplotlib],
                Count = count,
                OutputFolder = output,
                Seed = 11,
                Concurrency = 2,
                RenderAttempts = 3,
                Llm = providerOptions.ToRunSettings(),
                LlmUsage = services!.Usage,
            };
            var engine = new RunEngine(synthesizer!, renderers, TimeProvider.System);
            return await engine.RunAsync(options, new FixedPersonas(), new RunProgress(), CancellationToken.None);
        }
        finally
        {
            services?.Dispose();
        }
    }
}
