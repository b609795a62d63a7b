using Cosyn.Cli;
using Cosyn.Tests.Output.Export;

namespace Cosyn.Tests.Output.Report;

/// <summary><c>cosyn report</c> over several run folders (e.g. shards not merged): order, image links, duplicates, configurations.</summary>
public sealed class ReportSeveralRunsTests : TempFolderTests
{
    [Fact]
    public async Task Report_TwoRuns_CardsInOrderGiven_ImagesLinkedInTheirOwnFolder()
    {
        var first = FakeRun.Create(Temp.Sub("b"), [.. Enumerable.Range(5, 2).Select(i => FakeRun.Sample("chart-matplotlib", i))]);
        var second = FakeRun.Create(Temp.Sub("a"), [.. Enumerable.Range(0, 3).Select(i => FakeRun.Sample("chart-matplotlib", i))]);
        var report = Path.Combine(Temp.Sub("out"), "report.html");

        var (code, stdout, stderr) = await InProcessCli.RunAsync("report", "--in", first, "--in", second, "--out", report);

        Assert.True(code == ExitCodes.Ok, stderr);
        Assert.Contains("5 of 5 written", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("note:", stdout, StringComparison.Ordinal);
        var html = File.ReadAllText(report);
        var links = new[] { "../b/images/chart-matplotlib-s7-000005.png", "../b/images/chart-matplotlib-s7-000006.png", "../a/images/chart-matplotlib-s7-000000.png", "../a/images/chart-matplotlib-s7-000002.png" };
        var at = links.Select(l => html.IndexOf(l, StringComparison.Ordinal)).ToList();
        Assert.All(at, i => Assert.True(i > 0));
        Assert.Equal(at.Order(), at);
        Assert.Contains("Run 2 of 2: a", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Different configuration", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_RunsOfDifferentConfigurations_AllowedAndNoted()
    {
        var first = FakeRun.Create(Temp.Sub("seed7"), [FakeRun.Sample("chart-matplotlib", 0)]);
        var second = FakeRun.Create(Temp.Sub("seed8"), [FakeRun.Sample("chart-matplotlib", 1)], seed: 8);
        var report = Path.Combine(Temp.Sub("out"), "report.html");

        var (code, stdout, stderr) = await InProcessCli.RunAsync("report", "--in", first, second, "--out", report);

        Assert.True(code == ExitCodes.Ok, stderr);
        Assert.Contains("note: Different configuration: seed8 differs from seed7: seed 7 vs 8", stdout, StringComparison.Ordinal);
        Assert.Contains("Different configuration: seed8 differs from seed7: seed 7 vs 8", File.ReadAllText(report), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_TwoRunsSharingAnId_RefusedInOneLineNamingBothFolders()
    {
        var first = FakeRun.Create(Temp.Sub("run1"), [.. Enumerable.Range(0, 2).Select(i => FakeRun.Sample("table-html", i))]);
        var second = FakeRun.Create(Temp.Sub("run2"), [.. Enumerable.Range(1, 2).Select(i => FakeRun.Sample("table-html", i))]);

        var (code, _, stderr) = await InProcessCli.RunAsync("report", "--in", first, "--in", second);

        Assert.Equal(ExitCodes.Error, code);
        Assert.Equal($"error: sample id table-html-s7-000001 is in both {first} and {second}: give each sample once (runs with the same seed and pipelines repeat ids)", stderr.TrimEnd());
        Assert.False(File.Exists(Path.Combine(first, "report.html")));
    }
}
