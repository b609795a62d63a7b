using Cosyn.Catalog;
using Cosyn.Engine;
using Cosyn.Store;
using Cosyn.Synthesis.Llm;

namespace Cosyn.Tests.Llm;

/// <summary>A real <see cref="RunEngine"/> run with the LLM synthesizer over scripted chat clients and a fake renderer.</summary>
public sealed class LlmSynthesizerRunTests : EngineRunTests
{
    [Fact]
    public async Task Run_BrokenCodeThenRepaired_WritesEverySampleAndReportsTheRepair()
    {
        var clients = new Clients();

        var result = await RunAsync(clients.ToStageClients(), Options("out", 4));

        var stats = result.Stats.Pipelines["chart-matplotlib"];
        Assert.Equal(4, stats.Written);
        Assert.Equal(4, stats.RenderedAfterRepair);
        Assert.Equal(0, stats.Render.FirstTry);
        Assert.Equal(4, stats.Render.AfterRepair);
        Assert.Equal(1.0, stats.Render.SuccessRate);
        Assert.Equal(4, stats.Render.RepairedKinds["syntax"]);
        foreach (var line in Lines("out"))
        {
            using var sample = JsonDocument.Parse(line);
            var root = sample.RootElement;
            var metadata = root.GetProperty("metadata");
            Assert.Equal(2, metadata.GetProperty("render_attempts").GetInt32());
            Assert.Equal("syntax", metadata.GetProperty("repaired_failures")[0].GetString());
            Assert.Equal(ScriptedReplies.FixedCodeWithoutFence + "\n", root.GetProperty("code").GetString());
            Assert.Equal(ScriptedReplies.CsvWithoutFence.TrimEnd('\n'), root.GetProperty("data").GetString());
            Assert.Contains(metadata.GetProperty("topic").GetString()!, ScriptedReplies.TopicsInProse, StringComparison.Ordinal);
            Assert.Contains(metadata.GetProperty("figure_type").GetString(), ChartMatplotlib.FigureTypes);
            var qa = root.GetProperty("qa_pairs").EnumerateArray().Select(p => p.GetProperty("answer").GetString()).ToList();
            Assert.Equal(["30", "30", "30", "30", "30", "B", "A", "Yes", "South leads with 30 units, then East and North.", "The chart does not provide this information."], qa);
        }
    }

    [Fact]
    public async Task Run_Repair_SendsTheFailureMessageLogAndCodeToTheCodeModel()
    {
        var clients = new Clients();

        await RunAsync(clients.ToStageClients(), Options("out", 1));

        var repair = Assert.Single(clients.Code.Calls, c => ScriptedReplies.IsRepair(c.Messages)).Messages[^1].Text;
        Assert.Contains("SyntaxError: invalid syntax (line 1)", repair, StringComparison.Ordinal);
        Assert.Contains("BROKEN plt.bar", repair, StringComparison.Ordinal);
        Assert.Contains("File \"figure.py\", line 1", repair, StringComparison.Ordinal);
        Assert.Contains("(syntax)", repair, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_TruncatedQaJson_IsCorrectedOnceThenParsed()
    {
        var clients = new Clients { FirstQaTruncated = true };

        var result = await RunAsync(clients.ToStageClients(), Options("out", 2));

        Assert.Equal(2, result.Stats.Totals.Written);
        Assert.Equal(4, clients.Qa.Calls.Count);
        var corrections = clients.Qa.Calls.Select(c => c.Messages).Where(ScriptedReplies.IsCorrection).ToList();
        Assert.Equal(2, corrections.Count);
        Assert.All(corrections, correction =>
        {
            Assert.Equal(4, correction.Count);
            Assert.Equal(ScriptedReplies.TruncatedQa, correction[2].Text);
            Assert.Contains("does not contain valid JSON", correction[3].Text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Run_QaNeverParses_FailsAsCountedUnparsableReplyAfterBoundedRetries()
    {
        var clients = new Clients { QaReply = _ => ScriptedReplies.TruncatedQa };
        var options = Options("out", 2, attemptsPerSample: 1);

        var result = await RunAsync(clients.ToStageClients(), options);

        var stats = result.Stats.Pipelines["chart-matplotlib"];
        Assert.Equal(0, stats.Written);
        Assert.True(stats.Failed >= 2);
        Assert.Equal(stats.Failed, stats.Failures["qa"]["unparsable-reply"]);
        Assert.Equal(stats.Failed * 3, clients.Qa.Calls.Count);
        Assert.Equal(stats.Failed, stats.Render.Reached);
    }

    [Fact]
    public async Task Run_CodeNeverRenders_StopsAfterRepairAttemptsAndCountsTheKind()
    {
        var clients = new Clients { CodeReply = _ => ScriptedReplies.BrokenCode };
        var options = Options("out", 2, attemptsPerSample: 1, renderAttempts: 3);

        var result = await RunAsync(clients.ToStageClients(), options);

        var stats = result.Stats.Pipelines["chart-matplotlib"];
        Assert.Equal(0, stats.Written);
        Assert.True(stats.Failed >= 2);
        Assert.Equal(stats.Failed, stats.Failures["render"]["syntax"]);
        Assert.Equal(stats.Failed, stats.Render.FailedKinds["syntax"]);
        Assert.Equal(0.0, stats.Render.SuccessRate);
        Assert.Equal(stats.Failed * 3, clients.Code.Calls.Count);
    }

    [Fact]
    public async Task Run_ClientThrows_FailsTheStageAsLlmErrorWithoutEndingTheRun()
    {
        var clients = new Clients();
        clients.Data.Throw = () => new HttpRequestException("connection reset by peer");

        var result = await RunAsync(clients.ToStageClients(), Options("out", 2, attemptsPerSample: 1));

        var stats = result.Stats.Pipelines["chart-matplotlib"];
        Assert.True(stats.Failed >= 2);
        Assert.Equal(stats.Failed, stats.Failures["data"]["llm-error"]);
        Assert.False(result.Stats.Completed, "nothing was written: the run ended, but incomplete");
        Assert.Equal(2, result.Stats.Shortfall);
        Assert.Contains("failure budget", result.Stats.StopReason!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_SameSeedTwice_WritesIdenticalBytes()
    {
        await RunAsync(new Clients().ToStageClients(), Options("a", 5));
        await RunAsync(new Clients().ToStageClients(), Options("b", 5));

        Assert.Equal(File.ReadAllBytes(Path.Combine(Temp.Sub("a"), "samples.jsonl")), File.ReadAllBytes(Path.Combine(Temp.Sub("b"), "samples.jsonl")));
    }

    [Fact]
    public async Task Resume_WithAnotherModel_IsRefused()
    {
        await RunAsync(new Clients().ToStageClients(), Options("out", 1, llm: Settings("model-a")));

        var error = await Assert.ThrowsAsync<RunStoreException>(() => RunAsync(new Clients().ToStageClients(), Options("out", 2, llm: Settings("model-b"))));

        Assert.Contains("model-a", error.Message, StringComparison.Ordinal);
        Assert.Contains("model-b", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_StructuredOutput_AsksForTheTopicAndQaSchemasOnly()
    {
        var clients = new Clients();

        await RunAsync(clients.ToStageClients(), Options("out", 1));

        Assert.All(clients.Topic.Calls, c => Assert.Equal("topics", Assert.IsType<Microsoft.Extensions.AI.ChatResponseFormatJson>(c.Options!.ResponseFormat).SchemaName));
        Assert.All(clients.Qa.Calls, c => Assert.Equal("qa_pairs", Assert.IsType<Microsoft.Extensions.AI.ChatResponseFormatJson>(c.Options!.ResponseFormat).SchemaName));
        Assert.All(clients.Data.Calls, c => Assert.Null(c.Options!.ResponseFormat));
        Assert.All(clients.Code.Calls, c => Assert.Null(c.Options!.ResponseFormat));
    }

    private static LlmRunSettings Settings(string model) => new("openai", model, model, model, model, null, 4096);

    private RunOptions Options(string folder, int count, int attemptsPerSample = 3, int renderAttempts = 3, LlmRunSettings? llm = null) => new()
    {
        Pipelines = [ChartMatplotlib],
        Count = count,
        OutputFolder = Temp.Sub(folder),
        Seed = 11,
        Concurrency = 2,
        AttemptsPerSample = attemptsPerSample,
        RenderAttempts = renderAttempts,
        Llm = llm,
    };

    private static Task<RunResult> RunAsync(LlmStageClients clients, RunOptions options)
    {
        var renderers = new FakeRendererRegistry
        {
            FailWhen = r => r.Code.Contains("BROKEN", StringComparison.Ordinal)
                ? new RenderFailure(ToolNames.Matplotlib, RenderFailureKind.Syntax, "SyntaxError: invalid syntax (line 1)", "File \"figure.py\", line 1\n    BROKEN plt.bar(regions, sales)\n           ^")
                : null,
        };
        return RunEngineAsync(new LlmSynthesizer(clients), renderers, options);
    }

    /// <summary>One scripted client per stage: untidy topics, unfenced CSV, broken code repaired, valid QA.</summary>
    private sealed class Clients
    {
        public Clients()
        {
            Topic = new ScriptedChatClient(_ => ScriptedReplies.TopicsInProse);
            Data = new ScriptedChatClient(_ => ScriptedReplies.CsvWithoutFence);
            Code = new ScriptedChatClient(m => CodeReply(m));
            Qa = new ScriptedChatClient(QaReplyFor);
        }

        public bool FirstQaTruncated { get; init; }

        public Func<IReadOnlyList<Microsoft.Extensions.AI.ChatMessage>, string> CodeReply { get; init; } =
            m => ScriptedReplies.IsRepair(m) ? ScriptedReplies.FixedCodeWithoutFence : ScriptedReplies.BrokenCode;

        public Func<IReadOnlyList<Microsoft.Extensions.AI.ChatMessage>, string>? QaReply { get; init; }

        public ScriptedChatClient Topic { get; }

        public ScriptedChatClient Data { get; }

        public ScriptedChatClient Code { get; }

        public ScriptedChatClient Qa { get; }

        public LlmStageClients ToStageClients() => new(Topic, Data, Code, Qa);

        private string QaReplyFor(IReadOnlyList<Microsoft.Extensions.AI.ChatMessage> messages) =>
            QaReply is not null ? QaReply(messages)
            : FirstQaTruncated && !ScriptedReplies.IsCorrection(messages) ? ScriptedReplies.TruncatedQa
            : ScriptedReplies.ValidQa();
    }
}
