using Cosyn.Cli;

namespace Cosyn.Tests.Output.Export;

/// <summary>Exports what a real <c>cosyn generate</c> wrote (Graphviz diagrams and Chromium pointing pages), not a fake.</summary>
public sealed class GeneratedRunExportTests : TempFolderTests
{
    [Fact]
    public async Task GenerateThenExport_HfAndLlavaReadBackCompletely()
    {
        var run = Temp.Sub("run");
        var generated = await InProcessCli.RunAsync("generate", "--pipeline", "diagram-graphviz,point-html", "--count", "6", "--seed", "4", "--concurrency", "2", "--out", run);
        Assert.True(generated.Code == ExitCodes.Ok, generated.Stderr + generated.Stdout);
        var ids = File.ReadLines(Path.Combine(run, "samples.jsonl")).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!).ToList();
        Assert.Equal(6, ids.Count);

        var hf = Temp.Sub("hf");
        var (code, _, stderr) = await InProcessCli.RunAsync("export", "--in", run, "--to", "hf", "--out", hf);

        Assert.True(code == ExitCodes.Ok, stderr);
        var rows = HfCheck.RowsByCardPattern(hf);
        Assert.Equal(3, rows["diagram"]["train"]);
        Assert.Equal(3, rows["point"]["train"]);
        var files = HfCheck.ParquetFiles(hf);
        var images = DuckDb.Query($"SELECT id, image.bytes, len(qa_pairs), metadata.pipeline FROM read_parquet([{string.Join(", ", files.Select(DuckDb.Literal))}], union_by_name = true) ORDER BY id");
        Assert.Equal(ids.Order(StringComparer.Ordinal), images.Select(r => (string)r[0]!));
        foreach (var row in images)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(run, "images", row[0] + ".png")), (byte[])row[1]!);
        }

        Assert.All(images.Where(r => (string)r[3]! == "diagram-graphviz"), r => Assert.True(Convert.ToInt64(r[2], System.Globalization.CultureInfo.InvariantCulture) >= 10));
        var points = DuckDb.Query($"SELECT len(questions), len(answer_points) FROM read_parquet([{string.Join(", ", Directory.GetFiles(Path.Combine(hf, "data", "point")).Select(DuckDb.Literal))}])");
        Assert.All(points, p => Assert.Equal(p[0], p[1]));
        Assert.Contains("cosyn generate --pipeline diagram-graphviz,point-html --count 6 --seed 4", File.ReadAllText(Path.Combine(hf, "README.md")), StringComparison.Ordinal);

        var llava = Temp.Sub("llava");
        Assert.Equal(ExitCodes.Ok, (await InProcessCli.RunAsync("export", "--in", run, "--to", "llava", "--out", llava, "--answer-style", "cot")).Code);
        Assert.Equal(6, ConversationCheck.Llava(llava).Count);
    }
}
