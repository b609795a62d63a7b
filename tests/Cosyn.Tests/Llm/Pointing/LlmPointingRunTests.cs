using Cosyn.Catalog;
using Cosyn.Engine;
using Cosyn.Rendering.Targets;
using Cosyn.Synthesis.Llm;

namespace Cosyn.Tests.Llm.Pointing;

/// <summary>
/// point-html through the real engine with the LLM synthesizer over scripted clients; the fake renderer measures one
/// box per mark of the code, so the answer points can be checked against known boxes.
/// </summary>
public sealed class LlmPointingRunTests : EngineRunTests
{
    private static readonly PipelineDefinition PointHtml = PipelineCatalog.Find("point-html")!;

    [Fact]
    public async Task Run_ReusedMarkThenFixed_WritesMeasuredPointsAndCountsDroppedQuestions()
    {
        var clients = new Clients();

        var result = await RunAsync(clients, 1, code => PointReplies.Stacked(code));

        Assert.Equal(1, result.Stats.Totals.Written);
        var repair = Assert.Single(clients.Code.Calls, c => c.Messages[^1].Text.Contains("found layout problems", StringComparison.Ordinal)).Messages[^1].Text;
        Assert.Contains("point-targets: marks used more than once: 'trip' on 3 elements", repair, StringComparison.Ordinal);
        var ask = Assert.Single(clients.Qa.Calls).Messages[^1].Text;
        Assert.Contains("(data-point-target ids, in page order): title, trip-0, trip-1, trip-2, cancel, buy\n", ask, StringComparison.Ordinal);
        Assert.Contains("Image: web page, figure type", ask, StringComparison.Ordinal);

        using var row = JsonDocument.Parse(Assert.Single(File.ReadAllLines(Path.Combine(result.OutputFolder, "samples.jsonl"))));
        var root = row.RootElement;
        Assert.Empty(root.GetProperty("qa_pairs").EnumerateArray());
        Assert.Equal(
            ["Point to the Buy pass button.", "Point to the Cancel button.", "Point to the most expensive trip.", "Point to every trip that costs $2.75.", "Point to the page title.", "Point to the trip from Dartmouth."],
            root.GetProperty("questions").EnumerateArray().Select(q => q.GetString()));
        // Stacked boxes: mark i (title 0, trip-0 1, ..., buy 5) is 100 x 40 at (100, 20 + 60 i) in a 1000 x 800 image: centre (15 %, (40 + 60 i) / 8 %).
        var points = root.GetProperty("answer_points").EnumerateArray().Select(p => p.EnumerateArray().Select(a => (a.GetProperty("x").GetDouble(), a.GetProperty("y").GetDouble())).ToList()).ToList();
        Assert.Equal([(15.0, 42.5)], points[0]);
        Assert.Equal([(15.0, 35.0)], points[1]);
        Assert.Equal([(15.0, 27.5)], points[2]);
        Assert.Equal([(15.0, 12.5), (15.0, 20.0)], points[3]);
        Assert.Equal([(15.0, 5.0)], points[4]);
        var metadata = root.GetProperty("metadata");
        Assert.Equal(1, metadata.GetProperty("layout_repairs").GetInt32());
        Assert.Equal("{\"asked\":8,\"kept\":6,\"dropped\":{\"missing-target\":1,\"repeated-question\":1}}", metadata.GetProperty("points").GetRawText());
    }

    [Fact]
    public async Task Run_QuestionsNamingNoMeasuredMark_AreCorrectedThenFailTheSample()
    {
        var clients = new Clients { Questions = "{\"questions\": [{\"question\": \"Point to the logo.\", \"targets\": [\"logo\"]}]}" };

        var result = await RunAsync(clients, 1, code => PointReplies.Stacked(code), attemptsPerSample: 1);

        var stats = result.Stats.Pipelines["point-html"];
        Assert.Equal(0, stats.Written);
        Assert.Equal(1, stats.Failures["qa"]["no-questions"]);
        Assert.Equal(3, clients.Qa.Calls.Count);
        var correction = clients.Qa.Calls.Last().Messages[^1].Text;
        Assert.Contains("only 0 questions can be answered, at least 3 are needed: 1 of 1 questions dropped (missing-target 1)", correction, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NoMarkVisible_FailsAsNoTargetsWithoutAskingForQuestions()
    {
        var clients = new Clients();

        var result = await RunAsync(clients, 1, _ => null, attemptsPerSample: 1);

        Assert.Equal(1, result.Stats.Pipelines["point-html"].Failures["qa"]["no-targets"]);
        Assert.Empty(clients.Qa.Calls);
        // The layout review asked for visible marks on every attempt but the last.
        Assert.Equal(2, clients.Code.Calls.Count(c => c.Messages[^1].Text.Contains("only 0 marked elements can be pointed at", StringComparison.Ordinal)));
    }

    private Task<RunResult> RunAsync(Clients clients, int count, Func<string, RenderTargets?> measure, int attemptsPerSample = 3)
    {
        var renderers = new FakeRendererRegistry
        {
            Image = request => NoisePng.For(request.Code),
            Targets = request => measure(request.Code),
        };
        var options = new RunOptions
        {
            Pipelines = [PointHtml],
            Count = count,
            OutputFolder = Temp.Sub("out"),
            Seed = 3,
            Concurrency = 1,
            AttemptsPerSample = attemptsPerSample,
            RenderAttempts = 3,
        };
        return RunEngineAsync(new LlmSynthesizer(clients.ToStageClients()), renderers, options);
    }

    /// <summary>One scripted client per stage: a topic, the page's JSON, a first page that reuses a mark, then the fixed page, then the questions.</summary>
    private sealed class Clients
    {
        public Clients()
        {
            Topic = new ScriptedChatClient(_ => PointReplies.Topics);
            Data = new ScriptedChatClient(_ => PointReplies.Data);
            Code = new ScriptedChatClient(m => m[^1].Text.Contains("found layout problems", StringComparison.Ordinal) ? PointReplies.FixedPage : PointReplies.FirstPage);
            Qa = new ScriptedChatClient(m => PointReplies.IsPointQuestions(m) ? Questions ?? PointReplies.Questions() : throw new InvalidOperationException("not a pointing prompt"));
        }

        public string? Questions { get; init; }

        public ScriptedChatClient Topic { get; }

        public ScriptedChatClient Data { get; }

        public ScriptedChatClient Code { get; }

        public ScriptedChatClient Qa { get; }

        public LlmStageClients ToStageClients() => new(Topic, Data, Code, Qa);
    }
}
