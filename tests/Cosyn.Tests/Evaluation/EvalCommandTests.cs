using System.Text.Json.Nodes;
using Cosyn.Evaluation.References;
using Cosyn.Tests.Output.Export;

namespace Cosyn.Tests.Evaluation;

/// <summary><c>cosyn eval</c> end to end: references from a run, an export or JSONL; missing and unknown ids; bad lines.</summary>
public sealed class EvalCommandTests : TempFolderTests
{
    [Fact]
    public async Task RunFolder_PerfectPredictions_ScoreHundredWithEveryTopLevelKey()
    {
        var run = CreateRun();
        var predictions = WritePredictions(RunReferences.Read(run).Select(r => (r.Id, r.Answers[0])));

        var (code, stdout, stderr) = await InProcessCli.RunAsync("eval", "--predictions", predictions, "--references", run, "--json");

        Assert.True(code == 0, stderr);
        var json = JsonNode.Parse(stdout)!;
        foreach (var key in new[] { "exact_match", "anls", "relaxed_accuracy", "vqa_accuracy" })
        {
            Assert.Equal(100, json[key]!.GetValue<double>());
        }

        Assert.Equal(20, json["count"]!.GetValue<int>());
        Assert.Empty(json["missing"]!.AsArray());
        var pipelines = json["breakdown"]!["pipeline"]!.AsArray().Select(g => g!["name"]!.GetValue<string>()).ToList();
        Assert.Equal(["chart-matplotlib", "table-html"], pipelines);
        Assert.Equal(["bar", "line"], json["breakdown"]!["figure_type"]!.AsArray().Select(g => g!["name"]!.GetValue<string>()));
        Assert.Equal("unknown", json["breakdown"]!["qa_type"]![0]!["name"]!.GetValue<string>()); // offline samples record no type
    }

    [Fact]
    public async Task MissingAndUnknownIds_AreReported_MissingCountAsWrong()
    {
        var run = CreateRun();
        var references = RunReferences.Read(run);
        var answered = references.Take(15).Select(r => (r.Id, r.Answers[0])).Append(("nope#0", "42"));
        var predictions = WritePredictions(answered);

        var (code, stdout, _) = await InProcessCli.RunAsync("eval", "--predictions", predictions, "--references", run, "--json");
        var (tableCode, table, tableError) = await InProcessCli.RunAsync("eval", "--predictions", predictions, "--references", run);

        Assert.Equal(0, code);
        Assert.True(tableCode == 0, tableError);
        var json = JsonNode.Parse(stdout)!;
        Assert.Equal(75, json["exact_match"]!.GetValue<double>());
        Assert.Equal(references.Skip(15).Select(r => r.Id), json["missing"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(["nope#0"], json["unknown"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Contains("15 of 20 questions answered", table, StringComparison.Ordinal);
        Assert.Contains("missing predictions (scored as wrong): 5", table, StringComparison.Ordinal);
        Assert.Contains("unknown ids (not scored): 1: nope#0", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Intervals_AreSeeded_SameInputSameOutput()
    {
        var run = CreateRun();
        var predictions = WritePredictions(RunReferences.Read(run).Select((r, i) => (r.Id, i % 3 == 0 ? "wrong" : r.Answers[0])));

        var first = await InProcessCli.RunAsync("eval", "--predictions", predictions, "--references", run, "--json");
        var second = await InProcessCli.RunAsync("eval", "--predictions", predictions, "--references", run, "--json");

        Assert.Equal(first.Stdout, second.Stdout);
        var interval = JsonNode.Parse(first.Stdout)!["intervals"]!["exact_match"]!.AsArray().Select(n => n!.GetValue<double>()).ToList();
        var mean = JsonNode.Parse(first.Stdout)!["exact_match"]!.GetValue<double>();
        Assert.True(interval[0] < mean && mean < interval[1], $"{interval[0]} < {mean} < {interval[1]}");
    }

    [Theory]
    [InlineData("llava")]
    [InlineData("sharegpt")]
    [InlineData("swift")]
    [InlineData("hf")]
    public async Task Export_GivesTheRunsQuestionIds(string format)
    {
        var run = CreateRun();
        var export = Temp.Sub("export-" + format);
        var exported = await InProcessCli.RunAsync("export", "--in", run, "--to", format, "--out", export, "--max-turns", "3");
        Assert.True(exported.Code == 0, exported.Stderr);
        var fromRun = RunReferences.Read(run);

        var fromExport = await ReferenceSource.LoadAsync(export);

        Assert.Equal(fromRun.Select(r => (r.Id, r.Answers[0], r.Pipeline)).Order(), fromExport.Select(r => (r.Id, r.Answers[0], r.Pipeline)).Order());
    }

    [Fact]
    public async Task ReferencesJsonl_WithSeveralAnswers_TakesTheBest()
    {
        var references = Temp.Sub("refs.jsonl");
        File.WriteAllLines(references, ["""{"id": "q1", "answers": ["2", "two"]}""", """{"id": "q2", "answers": ["New York"], "type": "short-answer"}"""]);
        var predictions = WritePredictions([("q1", "two"), ("q2", "new york")]);

        var (code, stdout, stderr) = await InProcessCli.RunAsync("eval", "--predictions", predictions, "--references", references, "--json");

        Assert.True(code == 0, stderr);
        Assert.Equal(100, JsonNode.Parse(stdout)!["exact_match"]!.GetValue<double>());
        Assert.Equal(["short answer", "unknown"], JsonNode.Parse(stdout)!["breakdown"]!["qa_type"]!.AsArray().Select(g => g!["name"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("{\"id\": \"q1\", \"prediction\": \"2\"}\nnot json", "line 2: not JSON")]
    [InlineData("{\"id\": \"q1\"}", "line 1: \"prediction\" must be a string")]
    [InlineData("[1, 2]", "line 1: expected a JSON object")]
    [InlineData("{\"id\": \"q1\", \"prediction\": \"2\"}\n{\"id\": \"q1\", \"prediction\": \"3\"}", "line 2: id \"q1\" already predicted on line 1")]
    public async Task BadPredictionLine_IsOneLineAndExitOne(string content, string expected)
    {
        var references = Temp.Sub("refs.jsonl");
        File.WriteAllText(references, """{"id": "q1", "answers": ["2"]}""");
        var predictions = Temp.Sub("bad.jsonl");
        File.WriteAllText(predictions, content);

        var (code, stdout, stderr) = await InProcessCli.RunAsync("eval", "--predictions", predictions, "--references", references);

        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.Single(stderr.TrimEnd().Split('\n'));
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadReferenceLine_AndUnknownMetric_AreOneLine()
    {
        var references = Temp.Sub("refs.jsonl");
        File.WriteAllText(references, """{"id": "q1", "answers": []}""");
        var predictions = WritePredictions([("q1", "2")]);

        var bad = await InProcessCli.RunAsync("eval", "--predictions", predictions, "--references", references);
        var metric = await InProcessCli.RunAsync("eval", "--predictions", predictions, "--references", references, "--metric", "bleu");

        Assert.Equal(1, bad.Code);
        Assert.Contains("line 1: \"answers\" must be a non-empty array of strings", bad.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, metric.Code);
        Assert.Contains("unknown --metric 'bleu'", metric.Stderr, StringComparison.Ordinal);
    }

    private string CreateRun() =>
        FakeRun.Create(Temp.Sub("run"), [FakeRun.Sample("chart-matplotlib", 0, qaPairs: 5), FakeRun.Sample("chart-matplotlib", 1, qaPairs: 5), FakeRun.Sample("table-html", 2, qaPairs: 5), FakeRun.Sample("table-html", 3, qaPairs: 5)]);

    private string WritePredictions(IEnumerable<(string Id, string Prediction)> predictions)
    {
        var path = Temp.Sub("predictions-" + Guid.NewGuid().ToString("N") + ".jsonl");
        File.WriteAllLines(path, predictions.Select(p => JsonSerializer.Serialize(new { id = p.Id, prediction = p.Prediction })));
        return path;
    }
}
