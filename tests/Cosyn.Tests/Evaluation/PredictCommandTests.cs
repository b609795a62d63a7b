using Cosyn.Cli;
using Cosyn.Cli.Commands;
using Cosyn.Evaluation.Prediction;
using Cosyn.Evaluation.References;
using Cosyn.Tests.Llm.Fakes;
using Cosyn.Tests.Output.Export;

namespace Cosyn.Tests.Evaluation;

/// <summary><c>cosyn predict</c> against a local fake of OpenAI's chat completions: images sent as image_url parts, resume, cache.</summary>
public sealed class PredictCommandTests : TempFolderTests
{
    [Fact]
    public async Task EveryQuestion_GoesWithItsImage_AsAnImageUrlPart()
    {
        await using var server = await FakeLlmServer.StartOpenAiAsync(new FakeTranscript([], _ => FakeReply.Completion("B")));
        var run = CreateRun();
        var predictions = Temp.Sub("p.jsonl");

        var (code, stdout, stderr) = await PredictAsync(server, run, predictions);

        Assert.True(code == 0, stderr);
        Assert.Contains("6 predicted, 0 already in", stdout, StringComparison.Ordinal);
        var lines = File.ReadAllLines(predictions).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(RunReferences.Read(run).Select(r => r.Id).Order(), lines.Select(l => l.GetProperty("id").GetString()).Order());
        Assert.All(lines, l => Assert.Equal("B", l.GetProperty("prediction").GetString()));

        // The question about item 1 carried sample 1's PNG, base64 in a data URL, beside the question text.
        var request = server.Requests.Single(r => r.Prompt.Contains("value of item 1?", StringComparison.Ordinal));
        var parts = JsonDocument.Parse(request.Body).RootElement.GetProperty("messages")[0].GetProperty("content").EnumerateArray().ToList();
        var image = parts.Single(p => p.GetProperty("type").GetString() == "image_url").GetProperty("image_url").GetProperty("url").GetString();
        var png = File.ReadAllBytes(Path.Combine(run, "images", "chart-matplotlib-s7-000001.png"));
        Assert.Equal("data:image/png;base64," + Convert.ToBase64String(png), image);
        Assert.Contains(parts, p => p.GetProperty("type").GetString() == "text" && p.GetProperty("text").GetString()!.EndsWith(VisionPrompt.ShortAnswerInstruction, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rerun_SkipsPredictedIds_AndAFreshFileIsAnsweredFromTheCache()
    {
        await using var server = await FakeLlmServer.StartOpenAiAsync(new FakeTranscript([], _ => FakeReply.Completion("3")));
        var run = CreateRun();
        var predictions = Temp.Sub("p.jsonl");
        Assert.Equal(0, (await PredictAsync(server, run, predictions)).Code);
        var afterFirst = server.Requests.Count;

        // A kill mid-line leaves a partial last line: it is cut, and its question asked again (from the cache).
        var lines = File.ReadAllLines(predictions);
        File.WriteAllText(predictions, string.Join('\n', lines.Take(4)) + "\n" + lines[4][..10]);
        var resumed = await PredictAsync(server, run, predictions);

        Assert.Equal(0, resumed.Code);
        Assert.Contains("2 predicted, 4 already in", resumed.Stdout, StringComparison.Ordinal);
        Assert.Equal(6, File.ReadAllLines(predictions).Length);
        Assert.All(File.ReadAllLines(predictions), l => JsonDocument.Parse(l));

        File.Delete(predictions);
        var fresh = await PredictAsync(server, run, predictions);
        Assert.Equal(0, fresh.Code);
        Assert.Equal(6, File.ReadAllLines(predictions).Length);

        // Only preflights reached the provider after the first session: every answer came from the cache.
        Assert.Equal(afterFirst + 2, server.Requests.Count);
        Assert.True(File.Exists(Path.Combine(PredictCommand.CacheFolder(predictions), "run.db")));
    }

    [Fact]
    public async Task Predictions_FeedEval()
    {
        await using var server = await FakeLlmServer.StartOpenAiAsync(new FakeTranscript([], _ => FakeReply.Completion("B")));
        var run = CreateRun();
        var predictions = Temp.Sub("p.jsonl");
        Assert.Equal(0, (await PredictAsync(server, run, predictions)).Code);

        var (code, stdout, stderr) = await InProcessCli.RunAsync("eval", "--predictions", predictions, "--references", run, "--json");

        Assert.True(code == 0, stderr);
        Assert.Equal(33.33, JsonDocument.Parse(stdout).RootElement.GetProperty("exact_match").GetDouble()); // "B" answers the multiple-choice question of each sample: 2 of 6
    }

    [Fact]
    public async Task NoProvider_OrNotARun_IsOneLine()
    {
        var notRun = Temp.Sub("empty");
        Directory.CreateDirectory(notRun);

        var (code, _, stderr) = await InProcessCli.RunAsync("predict", "--in", notRun, "--out", Temp.Sub("p.jsonl"), "--provider", "openai-compatible", "--model", "m", "--base-url", "http://127.0.0.1:9/v1");

        Assert.Equal(1, code);
        Assert.Contains("is not a cosyn run folder", stderr, StringComparison.Ordinal);
    }

    private string CreateRun() =>
        FakeRun.Create(Temp.Sub("run"), [FakeRun.Sample("chart-matplotlib", 0, qaPairs: 3), FakeRun.Sample("chart-matplotlib", 1, qaPairs: 3)]);

    private static Task<CliOutput> PredictAsync(FakeLlmServer server, string run, string predictions) => InProcessCli.RunAsync(
        ["predict", "--in", run, "--out", predictions, "--provider", "openai-compatible", "--model", "fake-vl", "--base-url", new Uri(server.BaseUri, "/v1").ToString(), "--concurrency", "2"],
        _ => null);
}
