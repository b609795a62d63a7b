using System.Diagnostics;
using Cosyn.Cli;
using Cosyn.Cli.Commands;
using Cosyn.Hosting.Llm;
using Cosyn.Llm;
using Cosyn.Llm.Outages;
using Cosyn.Store;
using Cosyn.Tests.Llm.Fakes;

namespace Cosyn.Tests.Llm;

/// <summary>
/// Issue #15's outage replay: a local OpenAI-compatible server answers 503 + Retry-After for a window mid-run (the
/// window is seconds, not 25 minutes; every wait is the server's own Retry-After, so only the length differs).
/// </summary>
public sealed class LlmOutageTests : TempFolderTests
{
    [Fact]
    public async Task Run_ProviderDownMidRunLongerThanEveryRetry_WritesEverySampleAndExitsZero()
    {
        var outage = new ScheduledOutage(afterRequests: 6, length: TimeSpan.FromSeconds(4));
        var responder = new PlausibleResponder();
        await using var server = await FakeLlmServer.StartOpenAiAsync(new FakeTranscript([], r => PlausibleResponder.IsPreflight(r) ? responder.Reply(r) : outage.Reply(r, responder.Reply)));
        var clock = Stopwatch.StartNew();

        // 2 retries at Retry-After 1 s cannot outlast a 4 s outage: the outage layer must wait it out.
        var (result, halt, _) = await LlmRunHarness.RunAsync(server, LlmProviders.OpenAiCompatible, Temp.Sub("out"), 6, CallOptions(maxRetries: 2, maxOutage: TimeSpan.FromMinutes(1)));

        clock.Stop();
        Assert.True(outage.Refused > 4, $"the outage happened mid-run ({outage.Refused} requests refused)");
        Assert.Null(halt);
        Assert.True(result.Stats.Completed);
        Assert.Equal(0, result.Stats.Shortfall);
        Assert.Equal(6, result.Stats.Totals.Written);
        Assert.Equal(0, result.Stats.Totals.Failed);
        Assert.Equal(ExitCodes.Ok, GenerateOutcome.Of(result, null).ExitCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(40), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Run_KeyRefused_StopsAtOnceWithOneLine()
    {
        var responder = new PlausibleResponder();
        await using var server = await FakeLlmServer.StartOpenAiAsync(new FakeTranscript([], r =>
            PlausibleResponder.IsPreflight(r) ? responder.Reply(r) : FakeReply.Error(401, "Incorrect API key provided")));

        var (result, halt, reason) = await LlmRunHarness.RunAsync(server, LlmProviders.OpenAiCompatible, Temp.Sub("out"), 6, CallOptions());

        Assert.Equal(LlmHaltKind.Rejected, halt);
        Assert.DoesNotContain('\n', reason!);
        Assert.Contains("401", reason!, StringComparison.Ordinal);
        Assert.Contains("API key", reason!, StringComparison.Ordinal);
        Assert.Equal(0, result.Stats.Totals.Failed);
        Assert.False(result.Stats.Completed);
        Assert.True(server.Requests.Count(r => !PlausibleResponder.IsPreflight(r)) <= 4, "no retries, no more calls after the refusal than were in flight");
        var (code, line) = GenerateOutcome.Of(result, Halted(halt!.Value, reason!));
        Assert.Equal(ExitCodes.Error, code);
        Assert.DoesNotContain('\n', line!);
    }

    [Fact]
    public async Task Run_OutageLongerThanMaxOutage_StopsWithExit75AndResumeCompletesTheSameSamples()
    {
        var down = true;
        var responder = new PlausibleResponder();
        await using var server = await FakeLlmServer.StartOpenAiAsync(new FakeTranscript([], r =>
            PlausibleResponder.IsPreflight(r) || !Volatile.Read(ref down) ? responder.Reply(r) : ScheduledOutage.Unavailable));
        var folder = Temp.Sub("out");

        var (first, halt, reason) = await LlmRunHarness.RunAsync(server, LlmProviders.OpenAiCompatible, folder, 4, CallOptions(maxRetries: 1, maxOutage: TimeSpan.FromSeconds(2)));

        Assert.Equal(LlmHaltKind.Outage, halt);
        Assert.Contains("--max-outage", reason!, StringComparison.Ordinal);
        Assert.Contains("resume", reason!, StringComparison.Ordinal);
        Assert.Equal(0, first.Stats.Totals.Failed);
        Assert.False(first.Stats.Completed);
        Assert.Equal(4, first.Stats.Shortfall);
        Assert.Equal(reason, first.Stats.StopReason);
        Assert.Equal(ExitCodes.TryAgainLater, GenerateOutcome.Of(first, Halted(halt!.Value, reason!)).ExitCode);
        using (var store = RunStore.Open(folder))
        {
            Assert.DoesNotContain(store.LoadAll(), s => s.Status == StoredSampleStatus.Failed);
        }

        Volatile.Write(ref down, false);
        var (second, again, _) = await LlmRunHarness.RunAsync(server, LlmProviders.OpenAiCompatible, folder, 4, CallOptions());

        Assert.Null(again);
        Assert.True(second.Stats.Completed);
        Assert.Equal(4, second.Stats.Totals.Written);
        Assert.Equal(4, second.Stats.Totals.Planned);
        Assert.Equal(ExitCodes.Ok, GenerateOutcome.Of(second, null).ExitCode);
    }

    private static LlmRunHalt Halted(LlmHaltKind kind, string reason)
    {
        var halt = new LlmRunHalt();
        _ = halt.Stop(kind, reason);
        return halt;
    }

    private static LlmCallOptions CallOptions(int maxRetries = 5, TimeSpan? maxOutage = null) => new()
    {
        MaxRetries = maxRetries,
        BaseDelay = TimeSpan.FromMilliseconds(10),
        MaxDelay = TimeSpan.FromMilliseconds(500),
        CallTimeout = TimeSpan.FromSeconds(5),
        MaxOutage = maxOutage ?? TimeSpan.FromMinutes(1),
        // The default 60 s open circuit would race the 1 min outage limit; a short one keeps the circuit in play.
        CircuitBreakDuration = TimeSpan.FromSeconds(1),
    };

    /// <summary>Answers 503 + Retry-After: 1 to every request for <c>length</c>, starting after <c>afterRequests</c> answered ones.</summary>
    private sealed class ScheduledOutage(int afterRequests, TimeSpan length)
    {
        private readonly Lock _gate = new();
        private readonly Stopwatch _since = new();
        private int _answered;
        private int _refused;

        public static FakeReply Unavailable { get; } = FakeReply.Error(503, "Service Unavailable", new Dictionary<string, string> { ["retry-after"] = "1" });

        public int Refused => Volatile.Read(ref _refused);

        public FakeReply Reply(FakeLlmRequest request, Func<FakeLlmRequest, FakeReply> answer)
        {
            lock (_gate)
            {
                if (_answered >= afterRequests && !_since.IsRunning)
                {
                    _since.Start();
                }

                if (_since.IsRunning && _since.Elapsed < length)
                {
                    _refused++;
                    return Unavailable;
                }

                _answered++;
            }

            return answer(request);
        }
    }
}
