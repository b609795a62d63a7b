using Cosyn.Hosting.Llm;
using Cosyn.Llm;
using Cosyn.Rendering.Layout;
using Cosyn.Tests.Llm.Fakes;

namespace Cosyn.Tests.Llm;

/// <summary>
/// The layout repair loop through the real SDK clients and engine: a render whose measured labels overlap goes back to
/// the code model with the finding (texts and boxes), the rewrite renders clean, and the repair is counted apart from crash repairs.
/// </summary>
public sealed class LlmLayoutRepairTests : TempFolderTests
{
    [Theory]
    [InlineData(LlmProviders.OpenAiCompatible)]
    [InlineData(LlmProviders.Anthropic)]
    public async Task Run_OverlappingLabels_RepairsLayoutAndCountsItApart(string provider)
    {
        var responder = new PlausibleResponder { FirstCodeBroken = false };
        await using var server = await FakeLlmServer.StartForAsync(provider, new FakeTranscript([], responder.Reply));

        var (result, _, _) = await LlmRunHarness.RunAsync(server, provider, Temp.Sub("out"), 2, CallOptions(), Measured(MeasuredLayout));

        var render = result.Stats.Pipelines["chart-matplotlib"].Render;
        Assert.Equal(2, result.Stats.Totals.Written);
        Assert.Equal(2, render.FirstTry);
        Assert.Empty(render.RepairedKinds);
        Assert.Equal(2, render.LayoutRepaired);
        Assert.Equal(2, render.LayoutRepairs);
        var repairs = server.Requests.Where(r => r.Prompt.Contains("found layout problems", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, repairs.Count);
        Assert.All(repairs, r => Assert.Contains("text-overlap: labels '21.8' and '22.4' overlap at (812,140)", r.Prompt, StringComparison.Ordinal));
        Assert.All(repairs, r => Assert.Contains("'21.8' at x 800-830, y 130-150", r.Prompt, StringComparison.Ordinal));
        foreach (var line in File.ReadAllLines(Path.Combine(result.OutputFolder, "samples.jsonl")))
        {
            using var sample = JsonDocument.Parse(line);
            Assert.Contains(PlausibleResponder.LayoutFixedMarker, sample.RootElement.GetProperty("code").GetString(), StringComparison.Ordinal);
            Assert.Equal(1, sample.RootElement.GetProperty("metadata").GetProperty("layout_repairs").GetInt32());
            Assert.Equal(1, sample.RootElement.GetProperty("metadata").GetProperty("render_attempts").GetInt32());
        }
    }

    [Fact]
    public async Task Run_LayoutNeverFixed_KeepsTheLastRenderWithinTheAttempts()
    {
        var responder = new PlausibleResponder { FirstCodeBroken = false };
        await using var server = await FakeLlmServer.StartOpenAiAsync(new FakeTranscript([], responder.Reply));

        var (result, _, _) = await LlmRunHarness.RunAsync(server, LlmProviders.OpenAiCompatible, Temp.Sub("out"), 1, CallOptions(), Measured(_ => Overlapping));

        Assert.Equal(1, result.Stats.Totals.Written);
        // RenderAttempts = 3: the first code and two layout repairs, then the last render is kept for the quality gate to judge.
        Assert.Equal(2, result.Stats.Totals.Render.LayoutRepairs);
    }

    private static readonly LayoutFacts Overlapping = new(LayoutSource.Matplotlib, 1200, 800, [new TextBox("21.8", 800, 130, 30, 20), new TextBox("22.4", 812, 140, 30, 20)], []);

    private static LayoutFacts MeasuredLayout(RenderRequest request) =>
        request.Code.Contains(PlausibleResponder.LayoutFixedMarker, StringComparison.Ordinal)
            ? Overlapping with { Texts = [new TextBox("21.8", 800, 130, 30, 20), new TextBox("22.4", 900, 130, 30, 20)] }
            : Overlapping;

    // Real (distinct) images, so the checks can decode them and near-duplicate detection keeps every sample.
    private static Action<FakeRendererRegistry> Measured(Func<RenderRequest, LayoutFacts> layout) => r =>
    {
        r.Layout = layout;
        r.Image = request => NoisePng.For(request.Code);
    };

    private static LlmCallOptions CallOptions() => new()
    {
        MaxRetries = 3,
        BaseDelay = TimeSpan.FromMilliseconds(10),
        MaxDelay = TimeSpan.FromMilliseconds(100),
        CallTimeout = TimeSpan.FromSeconds(5),
    };
}
