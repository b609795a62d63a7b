using System.Diagnostics;
using Cosyn.Llm.Calls;
using Cosyn.Llm.Logging;
using Cosyn.Tests.Llm.Fakes;
using Microsoft.Extensions.AI;

namespace Cosyn.Tests.Llm;

/// <summary>The middleware around the real OpenAI and Anthropic SDK clients, against local servers speaking their wire formats.</summary>
public sealed class LlmWireTests
{
    public static TheoryData<string> Providers => ["openai", "anthropic"];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Call_ServerErrorThenRateLimit_RetriesAndHonoursRetryAfter(string provider)
    {
        using var folder = new TempFolder();
        await using var run = await LlmWireHarness.StartAsync(provider, new FakeTranscript(FakeReply.Error(500), FakeReply.RateLimited(1)), folder: folder);

        var watch = Stopwatch.StartNew();
        var response = await run.Client.GetResponseAsync("Name a topic.");

        Assert.Equal(FakeTranscript.EchoOf("Name a topic."), response.Text);
        Assert.Equal(3, run.Server.Requests.Count);
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(0.95), $"Retry-After: 1 was not honoured ({watch.Elapsed})");
        var totals = run.Services.Usage.Totals;
        Assert.Equal((1, 3, 2, 1), (totals.Calls, totals.ProviderRequests, totals.Retries, totals.RateLimited));
        Assert.True(totals.InputTokens > 0 && totals.OutputTokens > 0);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Call_StalledThenDroppedConnection_TimesOutAndRetries(string provider)
    {
        using var folder = new TempFolder();
        var options = LlmTestOptions.Fast(callTimeout: TimeSpan.FromMilliseconds(500));
        await using var run = await LlmWireHarness.StartAsync(provider, new FakeTranscript(FakeReply.Stall, FakeReply.Drop), options, "data", folder);

        var watch = Stopwatch.StartNew();
        var response = await run.Client.GetResponseAsync("Give data.");

        Assert.Equal(FakeTranscript.EchoOf("Give data."), response.Text);
        Assert.Equal(3, run.Server.Requests.Count);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"stall detection took {watch.Elapsed}");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Call_ServerAlwaysFails_EndsWithinRetryBudgetWithOneLineError(string provider)
    {
        using var folder = new TempFolder();
        var transcript = new FakeTranscript([], _ => FakeReply.Error(503, "upstream unavailable"));
        await using var run = await LlmWireHarness.StartAsync(provider, transcript, LlmTestOptions.Fast(maxRetries: 3), "code", folder);

        var error = await Assert.ThrowsAsync<LlmCallException>(() => run.Client.GetResponseAsync("Write code."));

        Assert.Equal(4, run.Server.Requests.Count);
        Assert.Equal(4, error.Attempts);
        Assert.Equal(LlmFailureKind.ServerError, error.Failure.Kind);
        Assert.Contains("failed after 4 attempt(s)", error.Message, StringComparison.Ordinal);
        Assert.Contains("HTTP 503", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal(1, run.Services.Usage.Totals.FailedCalls);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Call_Unauthorized_FailsFastWithHint(string provider)
    {
        using var folder = new TempFolder();
        await using var run = await LlmWireHarness.StartAsync(provider, new FakeTranscript([], _ => FakeReply.Error(401, "invalid x-api-key")), folder: folder);

        var error = await Assert.ThrowsAsync<LlmCallException>(() => run.Client.GetResponseAsync("Ask."));

        Assert.Single(run.Server.Requests);
        Assert.Equal(LlmFailureKind.Rejected, error.Failure.Kind);
        Assert.Contains("rejected the request: HTTP 401", error.Message, StringComparison.Ordinal);
        Assert.Contains("API key", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Rerun_FreshServicesOnSameFolder_SendsNoRequestThatSucceeded(string provider)
    {
        using var folder = new TempFolder();
        var prompts = Enumerable.Range(0, 5).Select(i => $"prompt {i}").ToList();
        await using (var first = await LlmWireHarness.StartAsync(provider, new FakeTranscript(), folder: folder))
        {
            foreach (var prompt in prompts)
            {
                await first.Client.GetResponseAsync(prompt);
            }

            Assert.Equal(5, first.Server.Requests.Count);
        }

        await using var rerun = await LlmWireHarness.StartAsync(provider, new FakeTranscript(), folder: folder);
        var before = rerun.Services.Usage.Totals;
        var answers = new List<string>();
        foreach (var prompt in prompts)
        {
            answers.Add((await rerun.Client.GetResponseAsync(prompt)).Text);
        }

        Assert.Empty(rerun.Server.Requests);
        Assert.Equal(prompts.Select(FakeTranscript.EchoOf), answers);
        var after = rerun.Services.Usage.Totals;
        Assert.Equal((5L, 0L), (before.Calls, before.CacheHits));
        Assert.True(before.CostUsd > 0);
        Assert.Equal((10L, 5L, before.CostUsd, before.InputTokens), (after.Calls, after.CacheHits, after.CostUsd, after.InputTokens));
    }

    [Fact]
    public async Task Calls_IdenticalRequestsInFlight_CollapseToOneProviderCall()
    {
        using var folder = new TempFolder();
        var slow = new FakeTranscript([], r => FakeReply.Completion(FakeTranscript.EchoOf(r.Prompt), TimeSpan.FromMilliseconds(300)));
        await using var run = await LlmWireHarness.StartAsync("openai", slow, stage: "qa", folder: folder);

        var replies = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => run.Client.GetResponseAsync("same question")));

        Assert.Single(run.Server.Requests);
        Assert.All(replies, r => Assert.Equal(FakeTranscript.EchoOf("same question"), r.Text));
        Assert.Equal(7, run.Services.Usage.Totals.CacheHits);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Calls_ThirtyPercentTransientFaults_AllCompleteAndNoSuccessIsRepeated(string provider)
    {
        using var folder = new TempFolder();
        var prompts = Enumerable.Range(0, 40).Select(i => $"sample {i}: write the data").ToList();
        await using var run = await LlmWireHarness.StartAsync(provider, FakeTranscript.WithTransientFaults(0.3, seed: 7), LlmTestOptions.Fast(maxRetries: 8), "data", folder);
        using var gate = new SemaphoreSlim(6);

        var answers = await Task.WhenAll(prompts.Select(async p =>
        {
            await gate.WaitAsync();
            try
            {
                return (await run.Client.GetResponseAsync(p)).Text;
            }
            finally
            {
                gate.Release();
            }
        }));

        Assert.Equal(prompts.Select(FakeTranscript.EchoOf), answers);
        Assert.True(run.Server.Requests.Count > prompts.Count, "no fault was injected");
        Assert.All(run.Server.CompletionsByPrompt.Values, n => Assert.Equal(1, n));
        Assert.Equal(prompts.Count, run.Server.CompletionsByPrompt.Count);
        Assert.Equal(run.Server.Requests.Count - prompts.Count, run.Services.Usage.Totals.Retries);
    }

    [Fact]
    public async Task Call_StructuredOutput_SendsJsonSchemaAndLogsOneLinePerCall()
    {
        using var folder = new TempFolder();
        await using var run = await LlmWireHarness.StartAsync("openai", new FakeTranscript(FakeReply.Completion("{\"topics\": [\"tides\"")), folder: folder);
        using var schema = JsonDocument.Parse("""{"type":"object","properties":{"topics":{"type":"array","items":{"type":"string"}}},"required":["topics"],"additionalProperties":false}""");
        var options = new ChatOptions
        {
            ResponseFormat = ChatResponseFormat.ForJsonSchema(schema.RootElement, "topics"),
            Temperature = 0.7f,
            MaxOutputTokens = 300,
        };

        var malformed = await run.Client.GetResponseAsync("List topics.", options);
        await run.Client.GetResponseAsync("List topics.", options);

        Assert.Equal("{\"topics\": [\"tides\"", malformed.Text);
        var body = Assert.Single(run.Server.Requests).Json;
        Assert.Equal("json_schema", body.GetProperty("response_format").GetProperty("type").GetString());
        Assert.Equal("topics", body.GetProperty("response_format").GetProperty("json_schema").GetProperty("name").GetString());
        var lines = File.ReadAllLines(Path.Combine(folder.Path, LlmCallLog.FileName));
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal("ok", first.RootElement.GetProperty("outcome").GetString());
        Assert.Equal("topic", first.RootElement.GetProperty("stage").GetString());
        Assert.Equal("gpt-4o-mini", first.RootElement.GetProperty("model").GetString());
        Assert.Equal(200, first.RootElement.GetProperty("status_code").GetInt32());
        Assert.True(first.RootElement.GetProperty("cost_usd").GetDecimal() > 0);
        Assert.Equal("cache_hit", second.RootElement.GetProperty("outcome").GetString());
        Assert.Equal(0, second.RootElement.GetProperty("attempts").GetInt32());
    }

    [Fact]
    public async Task Call_ProviderReportsRequestWindowExhausted_NextCallWaitsForTheReset()
    {
        using var folder = new TempFolder();
        var exhausted = new Dictionary<string, string> { ["x-ratelimit-remaining-requests"] = "0", ["x-ratelimit-reset-requests"] = "400ms" };
        await using var run = await LlmWireHarness.StartAsync("openai", new FakeTranscript(FakeReply.Completion("first", headers: exhausted)), folder: folder);

        await run.Client.GetResponseAsync("one");
        var watch = Stopwatch.StartNew();
        await run.Client.GetResponseAsync("two");

        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(350), $"the exhausted window was not honoured ({watch.Elapsed})");
        Assert.True(run.Services.Usage.Totals.RateLimitWaitSeconds >= 0.35);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Call_ResponseCommittedBeforeItIsReturned_VisibleToAnotherConnectionAtOnce(string provider)
    {
        using var folder = new TempFolder();
        await using var run = await LlmWireHarness.StartAsync(provider, new FakeTranscript(), folder: folder);

        await run.Client.GetResponseAsync("durable");

        // A second connection, as a rerun after kill -9 would open, sees the committed row while the first is still open.
        using var other = new Cosyn.Store.LlmResponseCache(folder.Path);
        Assert.Equal(1, other.Count);
    }

    [Fact]
    public async Task Calls_ServerAlwaysFails_CircuitOpensAndLaterCallsFailAtOnce()
    {
        using var folder = new TempFolder();
        var options = new Cosyn.Llm.LlmCallOptions
        {
            MaxOutage = null, // this test sees each call's own failure, not the run waiting the outage out
            MaxRetries = 1,
            BaseDelay = TimeSpan.FromMilliseconds(10),
            CircuitBreakAfter = 3,
            CircuitBreakDuration = TimeSpan.FromMinutes(5),
        };
        await using var run = await LlmWireHarness.StartAsync("anthropic", new FakeTranscript([], _ => FakeReply.Error(529, "Overloaded")), options, "qa", folder);

        var errors = new List<LlmCallException>();
        for (var i = 0; i < 10; i++)
        {
            errors.Add(await Assert.ThrowsAsync<LlmCallException>(() => run.Client.GetResponseAsync($"question {i}")));
        }

        Assert.Equal(6, run.Server.Requests.Count);
        Assert.All(errors.Take(3), e => Assert.Equal(2, e.Attempts));
        Assert.All(errors.Skip(3), e => Assert.Equal(0, e.Attempts));
        Assert.Contains("is failing, calls stopped for now: HTTP 529", errors[^1].Message, StringComparison.Ordinal);
        Assert.Equal(10, run.Services.Usage.Totals.FailedCalls);
    }
}
