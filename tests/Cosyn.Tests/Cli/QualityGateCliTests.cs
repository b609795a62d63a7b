using System.Text.Json.Nodes;
using Cosyn.Cli;
using Cosyn.Output;
using Cosyn.Quality;
using Cosyn.Quality.Ocr;
using Cosyn.Tests.Testing;

namespace Cosyn.Tests.Cli;

/// <summary>The real <c>generate</c> with its default quality gate: real renders, layout facts where the tool measures them, tesseract where it does not.</summary>
[Trait("Category", "Integration")]
public sealed class QualityGateCliTests : TempFolderTests
{
    [Fact]
    public async Task Generate_gates_every_sample_and_records_the_checks_the_stats_and_the_qa_types()
    {
        RequiredTool.For(ToolNames.Matplotlib, ToolNames.Rdkit);
        RequiredTool.Check(TesseractOcr.Requirements);
        var folder = Temp.Sub("run");

        var run = await InProcessCli.RunAsync("generate", "--pipeline", "chart-matplotlib,chemical-rdkit", "--count", "4", "--concurrency", "2", "--keep-rejected", "--out", folder);

        Assert.True(run.Code == 0, run.Stderr);
        var lines = File.ReadAllLines(Path.Combine(folder, "samples.jsonl"));
        Assert.Equal(4, lines.Length);
        foreach (var row in lines.Select(l => JsonNode.Parse(l)!))
        {
            var quality = row["metadata"]!["quality"]!;
            Assert.Equal(QualityChecker.All.Select(c => c.Name), quality["checks"]!.AsObject().Select(kv => kv.Key));
            var expectedSource = row["metadata"]!["tool"]!.GetValue<string>() == ToolNames.Rdkit ? "ocr" : "matplotlib";
            Assert.Equal(expectedSource, quality["text_source"]!.GetValue<string>());
            Assert.All(row["qa_pairs"]!.AsArray(), pair => Assert.False(string.IsNullOrEmpty(pair!["type"]?.GetValue<string>())));
        }

        using var stats = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, StatsBuilder.FileName)));
        var totals = stats.RootElement.GetProperty("totals").GetProperty("quality");
        var rejected = totals.GetProperty("rejected").GetInt32();
        Assert.True(totals.GetProperty("passed").GetInt32() >= 4);
        Assert.Equal(totals.GetProperty("passed").GetInt32() + rejected, totals.GetProperty("checked").GetInt32());
        Assert.Equal(rejected, File.ReadAllLines(Path.Combine(folder, RejectedSamples.FolderName, RejectedSamples.FileName)).Length);
    }
}
