using Cosyn.Cli;
using Cosyn.Model;
using Cosyn.Tests.Output.Export;

namespace Cosyn.Tests.Output.Report;

/// <summary>The report in a real headless Chromium: it opens without errors, filters, caps the gallery and runs no sample text.</summary>
public sealed class ReportBrowserTests : TempFolderTests
{
    private const string HostileCode = "</pre></details><script>window.__pwned = 1; console.error('pwned');</script><pre>";

    [Fact]
    public async Task Report_OpensWithoutErrorsAndShowsEveryCard()
    {
        var report = await WriteReportAsync(charts: 4, tables: 3, failures: 2);

        await using var browser = await ReportBrowser.OpenAsync(report);

        Assert.Equal(9, await browser.AllCardsAsync());
        Assert.Equal(9, await browser.VisibleCardsAsync());
        Assert.Equal("9", await browser.Page.EvaluateExpressionAsync<string>("document.getElementById('shown').textContent"));
        Assert.True(await browser.AllImagesLoadAsync(), "every gallery image loads");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Report_FiltersByPipelineFigureTypeAndStatus()
    {
        var report = await WriteReportAsync(charts: 4, tables: 3, failures: 2);
        await using var browser = await ReportBrowser.OpenAsync(report);

        await browser.SelectAsync("pipeline", "table-html");
        Assert.Equal(3, await browser.VisibleCardsAsync());

        await browser.SelectAsync("pipeline", "");
        await browser.SelectAsync("status", "rejected");
        Assert.Equal(2, await browser.VisibleCardsAsync());

        await browser.SelectAsync("status", "passed");
        await browser.SelectAsync("figure", "bar");
        Assert.Equal(4, await browser.VisibleCardsAsync());
        Assert.Equal("4", await browser.Page.EvaluateExpressionAsync<string>("document.getElementById('shown').textContent"));
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Report_HostileSampleText_RunsNothingAndShowsAsText()
    {
        var hostile = FakeRun.Sample("chart-matplotlib", 0, code: HostileCode, question: "<img src=x onerror=\"window.__pwned = 2\">What?") with
        {
            Metadata = new SampleMetadata("chart-matplotlib", "matplotlib", "bar\" onmouseover=\"window.__pwned = 3", "<svg onload=\"window.__pwned = 4\">", "persona", 1),
        };
        var run = FakeRun.Create(Temp.Sub("run"), [hostile], [FakeRun.Failure("chart-matplotlib", 1, detail: "<script>window.__pwned = 5</script>")]);
        var (code, stdout, stderr) = await InProcessCli.RunAsync("report", "--in", run);
        Assert.True(code == ExitCodes.Ok, stderr);

        await using var browser = await ReportBrowser.OpenAsync(Path.Combine(run, "report.html"));
        await browser.Page.HoverAsync(".card");

        Assert.Equal("undefined", await browser.Page.EvaluateExpressionAsync<string>("typeof window.__pwned"));
        Assert.Equal(1, await browser.Page.EvaluateExpressionAsync<int>("document.scripts.length"));
        Assert.Contains("<script>window.__pwned = 1;", await browser.Page.EvaluateExpressionAsync<string>("document.querySelector('.card').textContent"), StringComparison.Ordinal);
        Assert.Empty(browser.Errors);
        Assert.Contains("Report: ", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_LargeRun_GalleryIsCappedPerPipelineAndSaysSo()
    {
        var run = FakeRun.Create(Temp.Sub("run"), [.. Enumerable.Range(0, 30).Select(i => FakeRun.Sample("chart-matplotlib", i))]);
        var output = Temp.Sub("elsewhere/report.html");

        var (code, _, stderr) = await InProcessCli.RunAsync("report", "--in", run, "--out", output, "--gallery", "5");

        Assert.True(code == ExitCodes.Ok, stderr);
        await using var browser = await ReportBrowser.OpenAsync(output);
        Assert.Equal(5, await browser.AllCardsAsync());
        Assert.Contains("Showing 5 of 30 written samples", await browser.Page.EvaluateExpressionAsync<string>("document.body.textContent"), StringComparison.Ordinal);
        Assert.True(await browser.AllImagesLoadAsync(), "images resolve relative to a report written outside the run");
        Assert.Empty(browser.Errors);
    }

    private async Task<string> WriteReportAsync(int charts, int tables, int failures)
    {
        var samples = Enumerable.Range(0, charts).Select(i => FakeRun.Sample("chart-matplotlib", i * 2))
            .Concat(Enumerable.Range(0, tables).Select(i => FakeRun.Sample("table-html", (i * 2) + 1))).ToList();
        var failed = Enumerable.Range(0, failures).Select(i => FakeRun.Failure("chart-matplotlib", 100 + i)).ToList();
        var run = FakeRun.Create(Temp.Sub("run"), samples, failed);
        var (code, _, stderr) = await InProcessCli.RunAsync("report", "--in", run);
        Assert.True(code == ExitCodes.Ok, stderr);
        return Path.Combine(run, "report.html");
    }
}
