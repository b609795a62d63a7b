using Cosyn.Hosting.Llm;
using Cosyn.Llm;
using Cosyn.Synthesis.Llm.Verification;
using Cosyn.Tests.Llm.Fakes;

namespace Cosyn.Tests.Llm;

/// <summary><c>--verify</c> through the real SDK clients and engine: a pair the second call answers differently is dropped and counted.</summary>
public sealed class LlmVerifyTests : TempFolderTests
{
    [Fact]
    public async Task Run_Verify_DropsTheDisagreeingPairAndReportsTheAgreementRate()
    {
        var responder = new PlausibleResponder { FirstCodeBroken = false };
        await using var server = await FakeLlmServer.StartOpenAiAsync(new FakeTranscript([], responder.Reply));

        var (result, _, _) = await LlmRunHarness.RunAsync(server, LlmProviders.OpenAiCompatible, Temp.Sub("out"), 2, CallOptions(), verify: true);

        Assert.Equal(2, result.Stats.Totals.Written);
        var verify = result.Stats.Pipelines["chart-matplotlib"].Verify!;
        Assert.Equal(18, verify.Checked);
        Assert.Equal(16, verify.Agreed);
        Assert.Equal(2, verify.Dropped);
        Assert.Equal(Math.Round(16.0 / 18, 4), verify.AgreementRate);
        var verifyRequests = server.Requests.Where(r => PlausibleResponder.StageOf(r.Prompt) == PlausibleResponder.Verify).ToList();
        Assert.Equal(2, verifyRequests.Count);
        Assert.All(verifyRequests, r => Assert.DoesNotContain("Read the bar labelled South", r.Prompt, StringComparison.Ordinal));
        foreach (var line in File.ReadAllLines(Path.Combine(result.OutputFolder, "samples.jsonl")))
        {
            using var sample = JsonDocument.Parse(line);
            Assert.Equal(9, sample.RootElement.GetProperty("qa_pairs").GetArrayLength());
            Assert.DoesNotContain(sample.RootElement.GetProperty("qa_pairs").EnumerateArray(), p => p.GetProperty("question").GetString() == "Short question 1?");
            Assert.Equal(1, sample.RootElement.GetProperty("metadata").GetProperty("verify").GetProperty("dropped").GetInt32());
        }
    }

    [Theory]
    [InlineData("30", "31", true)]
    [InlineData("30", "45", false)]
    [InlineData("1200", "$1,200", true)]
    [InlineData("12.5", "12.5 kg", true)]
    [InlineData("South", "south.", true)]
    [InlineData("Yes", "No", false)]
    [InlineData("Q3", "Q4", false)]
    public void Agrees_RelaxedMatch(string first, string second, bool expected) => Assert.Equal(expected, AnswerMatch.Agrees(first, second));

    private static LlmCallOptions CallOptions() => new()
    {
        MaxRetries = 3,
        BaseDelay = TimeSpan.FromMilliseconds(10),
        MaxDelay = TimeSpan.FromMilliseconds(100),
        CallTimeout = TimeSpan.FromSeconds(5),
    };
}
