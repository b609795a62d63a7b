using Cosyn.Tests.Llm;
using Cosyn.Tests.Llm.Fakes;

namespace Cosyn.Tests.Integration;

/// <summary>
/// The real CLI with <c>--provider openai-compatible</c> against the fake provider and the real matplotlib renderer:
/// killed with SIGKILL mid-run, the rerun sends no request that had already been answered (the run.db cache replies).
/// </summary>
[Trait("Category", "Integration")]
public sealed class LlmCrashResumeTests : TempFolderTests
{
    private const int Count = 5;
    private const int AnswersBeforeKill = 9;
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);
    private static readonly Dictionary<string, string> Key = new() { ["OPENAI_API_KEY"] = "test-key" };

    [Fact]
    public async Task Generate_KilledMidRunThenRerun_RepeatsNoAnsweredRequest()
    {
        var responder = new PlausibleResponder { FirstCodeBroken = false };
        var answered = 0;
        var stalled = false;

        // After a few answers every request stalls, so nothing is answered while the process is being killed and
        // each answer it got had time to reach the cache: the set of answered bodies is exact at the kill.
        await using var server = await FakeLlmServer.StartOpenAiAsync(new FakeTranscript([], request =>
        {
            if (Volatile.Read(ref stalled))
            {
                return FakeReply.Stall;
            }

            if (!PlausibleResponder.IsPreflight(request) && Interlocked.Increment(ref answered) >= AnswersBeforeKill)
            {
                Volatile.Write(ref stalled, true);
            }

            return responder.Reply(request);
        }));
        var folder = Temp.Sub("out");
        var args = Args(server, folder);

        using (var process = CliProcess.Start(Key, args))
        {
            using var wait = new CancellationTokenSource(Timeout);
            while (!Volatile.Read(ref stalled))
            {
                if (process.HasExited)
                {
                    Assert.Fail("the run ended before it could be killed: " + await process.StandardError.ReadToEndAsync(wait.Token) + await process.StandardOutput.ReadToEndAsync(wait.Token));
                }

                await Task.Delay(50, wait.Token);
            }

            await Task.Delay(1000, wait.Token);
            process.Kill(entireProcessTree: true); // SIGKILL: no cleanup runs
            await process.WaitForExitAsync(wait.Token);
        }

        var answeredBeforeKill = server.CompletionsByBody.Keys.ToHashSet(StringComparer.Ordinal);
        var sentBeforeRerun = server.Requests.Count;
        Volatile.Write(ref stalled, false);
        Volatile.Write(ref answered, int.MinValue);

        var rerun = await CliProcess.RunAsync(Timeout, Key, args);

        Assert.True(rerun.Code == 0, rerun.Stderr + rerun.Stdout);
        Assert.DoesNotContain("   at ", rerun.Stderr, StringComparison.Ordinal);
        var repeated = server.Requests.Skip(sentBeforeRerun).Where(r => !PlausibleResponder.IsPreflight(r) && answeredBeforeKill.Contains(r.Body)).ToList();
        Assert.True(repeated.Count == 0, $"{repeated.Count} answered requests were sent again, e.g. {repeated.FirstOrDefault()?.Prompt[..Math.Min(200, repeated.FirstOrDefault()?.Prompt.Length ?? 0)]}");
        Assert.True(answeredBeforeKill.Count >= AnswersBeforeKill);
        var lines = File.ReadAllLines(Path.Combine(folder, "samples.jsonl"));
        Assert.True(lines.Length == Count, rerun.Stdout);
        Assert.Equal(Count, lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).Distinct().Count());
    }

    [Fact]
    public async Task Generate_ServerDownLongerThanMaxOutage_StopsWithExit75OneLineAndNoFailedSample()
    {
        var responder = new PlausibleResponder();
        await using var server = await FakeLlmServer.StartOpenAiAsync(new FakeTranscript([], request =>
            PlausibleResponder.IsPreflight(request) ? responder.Reply(request) : FakeReply.Error(503, "overloaded")));
        var folder = Temp.Sub("failing");
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var run = await CliProcess.RunAsync(Timeout, Key, [.. Args(server, folder), "--llm-retries", "1", "--max-outage", "0.05"]);

        clock.Stop();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(40), $"took {clock.Elapsed}");
        Assert.True(run.Code == 75, run.Stderr + run.Stdout);
        Assert.DoesNotContain("   at ", run.Stderr + run.Stdout, StringComparison.Ordinal);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("--max-outage", line, StringComparison.Ordinal);
        using var stats = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "stats.json")));
        Assert.False(stats.RootElement.GetProperty("completed").GetBoolean());
        Assert.Equal(Count, stats.RootElement.GetProperty("shortfall").GetInt32());
        Assert.Contains("--max-outage", stats.RootElement.GetProperty("stop_reason").GetString()!, StringComparison.Ordinal);
        var totals = stats.RootElement.GetProperty("totals");
        Assert.Equal(0, totals.GetProperty("written").GetInt32());
        Assert.Equal(0, totals.GetProperty("failed").GetInt32());
    }

    private static string[] Args(FakeLlmServer server, string folder) =>
    [
        "generate", "--pipeline", "chart-matplotlib", "--count", Count.ToString(CultureInfo.InvariantCulture), "--out", folder,
        // The fake model's QA is not grounded in its chart (the quality gate rejects every sample): these tests are about the call cache.
        "--concurrency", "2", "--seed", "11", "--no-quality-gate",
        "--provider", "openai-compatible", "--base-url", new Uri(server.BaseUri, "/v1").ToString(), "--model", "fake-model",
    ];
}
