using Cosyn.Llm;
using Cosyn.Llm.Accounting;
using Cosyn.Llm.Batch;
using Cosyn.Tests.Llm.Fakes;
using Microsoft.Extensions.AI;

namespace Cosyn.Tests.Llm.Batch;

/// <summary>
/// <c>--batch</c> over the wire: the real OpenAI and Anthropic SDK clients, the middleware in batch mode and the
/// batch scheduler against a local fake of both batch APIs (<see cref="FakeBatchApi"/>).
/// </summary>
public sealed class LlmBatchWireTests
{
    private static readonly ChatMessage[] Question = [new(ChatRole.User, "Name three rivers.")];

    public static LlmCallOptions BatchOptions(LlmPriceTable? prices = null, int maxRequests = 1000, TimeSpan? maxWait = null) => new()
    {
        MaxRetries = 0,
        BaseDelay = TimeSpan.FromMilliseconds(10),
        MaxDelay = TimeSpan.FromMilliseconds(100),
        MaxOutage = TimeSpan.FromSeconds(30),
        Prices = prices ?? LlmPriceTable.Empty,
        Batch = new LlmBatchOptions { MaxRequests = maxRequests, MaxWait = maxWait ?? TimeSpan.FromMilliseconds(30), PollInterval = TimeSpan.FromMilliseconds(30) },
    };

    [Theory]
    [InlineData("openai")]
    [InlineData("anthropic")]
    public async Task Call_Batched_AnswersLikeOnlineThroughOneBatch(string provider)
    {
        await using var harness = await LlmWireHarness.StartAsync(provider, new FakeTranscript(), BatchOptions());

        var response = await harness.Client.GetResponseAsync(Question);

        Assert.Equal(FakeTranscript.EchoOf("Name three rivers."), response.Text);
        var batch = Assert.Single(harness.Server.Batches.Created);
        Assert.Single(batch.CustomIds);
        Assert.Equal(1, harness.Services.Usage.Totals.Calls);
    }

    [Theory]
    [InlineData("openai")]
    [InlineData("anthropic")]
    public async Task Call_FiveRequestsAndBatchSizeFive_ShareOneBatchSubmittedWhenFull(string provider)
    {
        // A minute's wait would time the test out: the batch goes when the fifth request fills it.
        await using var harness = await LlmWireHarness.StartAsync(provider, new FakeTranscript(), BatchOptions(maxRequests: 5, maxWait: TimeSpan.FromMinutes(1)));

        var replies = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => harness.Client.GetResponseAsync([new ChatMessage(ChatRole.User, $"question {i}")])));

        Assert.Equal(Enumerable.Range(0, 5).Select(i => FakeTranscript.EchoOf($"question {i}")), replies.Select(r => r.Text));
        Assert.Equal(5, Assert.Single(harness.Server.Batches.Created).CustomIds.Count);
    }

    [Theory]
    [InlineData("openai")]
    [InlineData("anthropic")]
    public async Task Call_BatchExpired_ResubmitsTheRequestInTheNextBatch(string provider)
    {
        await using var harness = await LlmWireHarness.StartAsync(provider, new FakeTranscript(), BatchOptions());
        harness.Server.Batches.ExpireNext(1);

        var response = await harness.Client.GetResponseAsync(Question);

        Assert.Equal(FakeTranscript.EchoOf("Name three rivers."), response.Text);
        var created = harness.Server.Batches.Created;
        Assert.Equal(2, created.Count);
        Assert.Equal(created[0].CustomIds, created[1].CustomIds);
    }

    [Theory]
    [InlineData("openai")]
    [InlineData("anthropic")]
    public async Task Call_PartlyFailedBatch_RetriesTheServerErrorAndFailsOnlyTheRefusedRequest(string provider)
    {
        var transcript = new FakeTranscript([], request => request.Prompt.Contains("refuse", StringComparison.Ordinal)
            ? FakeReply.Error(400, "invalid request: refused")
            : request.Prompt.Contains("flaky", StringComparison.Ordinal) && request.Number == 1 ? FakeReply.Error(500, "internal error") : FakeTranscript.Echo(request));
        await using var harness = await LlmWireHarness.StartAsync(provider, transcript, BatchOptions());

        var flaky = harness.Client.GetResponseAsync([new ChatMessage(ChatRole.User, "flaky")]);
        var refused = harness.Client.GetResponseAsync([new ChatMessage(ChatRole.User, "refuse")]);

        Assert.Equal(FakeTranscript.EchoOf("flaky"), (await flaky).Text);
        await Assert.ThrowsAnyAsync<Exception>(() => refused);
        // The two calls share the first batch or not, as the queue's age threshold falls between them; either way
        // the server error is submitted once more and the refusal never again.
        Assert.Equal(3, harness.Server.Batches.Created.Sum(b => b.CustomIds.Count));
        Assert.Null(harness.Services.Halt.Kind);
    }

    [Theory]
    [InlineData("openai")]
    [InlineData("anthropic")]
    public async Task Call_KilledWhileItsBatchRuns_ResumePollsTheSameBatchAndNeverResubmits(string provider)
    {
        using var folder = new TempFolder();
        await using (var first = await LlmWireHarness.StartAsync(provider, new FakeTranscript(), BatchOptions(), folder: folder))
        {
            first.Server.Batches.Hold = true;
            using var kill = new CancellationTokenSource();
            var call = first.Client.GetResponseAsync(Question, cancellationToken: kill.Token);
            await WaitUntilAsync(() => first.Server.Batches.Created.Count == 1 && first.Server.Batches.Polls.Values.Sum() >= 1);
            await kill.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
            await ResumeAsync(first.Server, folder, provider);
        }
    }

    [Fact]
    public async Task Call_Batched_CostsHalfTheOnlinePrice()
    {
        var prices = new LlmPriceTable(new Dictionary<string, ModelPrice>(StringComparer.OrdinalIgnoreCase) { ["gpt-4o-mini"] = new ModelPrice(1m, 4m) });
        await using var online = await LlmWireHarness.StartAsync("openai", new FakeTranscript(), LlmTestOptions.Fast() is var fast ? new LlmCallOptions { MaxRetries = 0, MaxOutage = null, Prices = prices, CallTimeout = fast.CallTimeout } : null);
        await using var batched = await LlmWireHarness.StartAsync("openai", new FakeTranscript(), BatchOptions(prices));

        await online.Client.GetResponseAsync(Question);
        await batched.Client.GetResponseAsync(Question);

        var onlineCost = online.Services.Usage.Totals.CostUsd;
        Assert.True(onlineCost > 0m);
        Assert.Equal(onlineCost * LlmBatchOptions.PriceFactor, batched.Services.Usage.Totals.CostUsd);
        var line = File.ReadAllLines(Path.Combine(batched.Folder.Path, "llm-calls.jsonl")).Single();
        Assert.Contains("\"batched\":true", line, StringComparison.Ordinal);
    }

    // The server still holds the batch: a new session on the same folder polls it, answers, and submits nothing new.
    private static async Task ResumeAsync(FakeLlmServer server, TempFolder folder, string provider)
    {
        var services = new LlmCallServices(folder.Path, BatchOptions(), TimeProvider.System);
        using var http = services.CreateHttpClient();
        try
        {
            var sdk = provider == "openai" ? LlmSdkClients.OpenAi(server, http) : LlmSdkClients.Anthropic(server, http);
            var client = LlmMiddleware.Wrap(sdk, "topic", services);
            server.Batches.Hold = false;

            var response = await client.GetResponseAsync(Question);

            Assert.Equal(FakeTranscript.EchoOf("Name three rivers."), response.Text);
            Assert.Single(server.Batches.Created);
            Assert.True(server.Batches.Polls[server.Batches.Created[0].Id] >= 2, "the resumed session polled the batch the first one submitted");
            Assert.All(server.CompletionsByBody.Values, n => Assert.Equal(1, n));
        }
        finally
        {
            services.Dispose();
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for the fake batch API");
            await Task.Delay(20);
        }
    }
}
