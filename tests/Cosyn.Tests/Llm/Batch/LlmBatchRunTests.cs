using Cosyn.Hosting.Llm;
using Cosyn.Llm;
using Cosyn.Tests.Llm.Fakes;

namespace Cosyn.Tests.Llm.Batch;

/// <summary>
/// Issue 15's "done when" for <c>--batch</c>: whole runs (factory, engine, fake renderer) against a fake that answers
/// online and through both batch APIs from the same responder; repairs and QA corrections go in later batches.
/// </summary>
public sealed class LlmBatchRunTests : TempFolderTests
{
    [Theory]
    [InlineData(LlmProviders.OpenAiCompatible)]
    [InlineData(LlmProviders.Anthropic)]
    public async Task Run_BatchAndOnline_WriteTheSameSamplesForTheSameReplies(string provider)
    {
        await using var online = await StartAsync(provider);
        await using var batched = await StartAsync(provider);

        var onlineRun = await LlmRunHarness.RunAsync(online, provider, Temp.Sub("online"), 4, OnlineOptions());
        var batchRun = await LlmRunHarness.RunAsync(batched, provider, Temp.Sub("batch"), 4, LlmBatchWireTests.BatchOptions());

        Assert.Equal(4, batchRun.Result.Stats.Pipelines["chart-matplotlib"].Written);
        Assert.Equal(
            File.ReadAllText(Path.Combine(onlineRun.Result.OutputFolder, "samples.jsonl")),
            File.ReadAllText(Path.Combine(batchRun.Result.OutputFolder, "samples.jsonl")));
        Assert.True(batched.Batches.Created.Count >= 5, "topic, data, code, repair and qa each went in a batch of their own round");
        Assert.Equal(batched.Requests.Count(PlausibleResponder.IsPreflight), batched.Requests.Count - batched.Batches.Created.Sum(b => b.CustomIds.Count));
        Assert.All(batched.CompletionsByBody.Values, n => Assert.Equal(1, n));
    }

    private static Task<FakeLlmServer> StartAsync(string provider) => FakeLlmServer.StartForAsync(provider, new FakeTranscript([], new PlausibleResponder().Reply));

    private static LlmCallOptions OnlineOptions() => new()
    {
        MaxRetries = 2,
        BaseDelay = TimeSpan.FromMilliseconds(10),
        MaxDelay = TimeSpan.FromMilliseconds(100),
        CallTimeout = TimeSpan.FromSeconds(5),
    };
}
