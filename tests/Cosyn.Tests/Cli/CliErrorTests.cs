using Cosyn.Cli;

namespace Cosyn.Tests.Cli;

public sealed class CliErrorTests : TempFolderTests
{
    [Theory]
    [InlineData("generate --pipeline chart-nope --count 3 --out OUT", "unknown pipeline 'chart-nope'")]
    [InlineData("generate --pipeline chart-matplotlib --count 0 --out OUT", "--count must be between 1")]
    [InlineData("generate --pipeline chart-matplotlib --count -4 --out OUT", "--count must be between 1")]
    [InlineData("generate --pipeline chart-matplotlib --count 3 --out OUT --concurrency 0", "--concurrency must be between 1")]
    [InlineData("generate --pipeline chart-matplotlib --count 3 --out /proc/cosyn-cannot-write", "cannot write to /proc/cosyn-cannot-write")]
    [InlineData("generate --pipeline chart-matplotlib --count 3 --out OUT --personas MISSING", "MISSING")]
    [InlineData("generate --pipeline chart-matplotlib,chart-matplotlib --count 3 --out OUT", "listed twice")]
    [InlineData("generate --count 3 --out OUT", "--pipeline or --query is required")]
    [InlineData("generate --pipeline chart-matplotlib --count 3 --out OUT --no-quality-gate --keep-rejected", "--keep-rejected needs the quality gate")]
    [InlineData("generate --query asdfgh_qwerty --count 3 --out OUT", "no route for \"asdfgh_qwerty\"")]
    public async Task Generate_BadInput_OneLineErrorAndExitCode1(string commandLine, string expected)
    {
        var run = await RunAsync(commandLine);

        Assert.Equal(ExitCodes.Error, run.Code);
        var line = run.ErrorLine;
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains(expected.Replace("MISSING", Temp.Sub("missing.jsonl"), StringComparison.Ordinal), line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stdout + run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("generate --pipeline chart-matplotlib --count lots --out OUT", "lots")]
    [InlineData("frobnicate", "frobnicate")]
    public async Task Parse_Error_OneLineAndExitCode2(string commandLine, string expected)
    {
        var run = await RunAsync(commandLine);

        Assert.Equal(ExitCodes.Usage, run.Code);
        Assert.Contains(expected, run.ErrorLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pipelines_ListsAllTwentyTwoWithStatus()
    {
        var (code, stdout, _) = await InProcessCli.RunAsync("pipelines");

        Assert.Equal(ExitCodes.Ok, code);
        foreach (var pipeline in Cosyn.Catalog.PipelineCatalog.All)
        {
            Assert.Contains(pipeline.Name, stdout, StringComparison.Ordinal);
        }

        Assert.Contains("of 22 pipelines implemented", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Route_ShowsPipelinesFigureTypesWeightsAndWhy()
    {
        var run = await InProcessCli.RunAsync("route", "bar charts of rainfall");

        run.AssertPrinted("chart-matplotlib", "bar", "20%", "closest: bar chart");
    }

    [Fact]
    public async Task Route_MeaninglessInput_SaysSoInOneLineAndExitCode1()
    {
        // A drawable request is never refused (it falls back to a general mix); only input that names nothing is.
        var run = await InProcessCli.RunAsync("route", "asdfgh_qwerty");

        Assert.Equal(ExitCodes.Error, run.Code);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Contains("no route for", run.ErrorLine, StringComparison.Ordinal);
    }

    private Task<CliOutput> RunAsync(string commandLine) => InProcessCli.RunLineAsync(commandLine
        .Replace("OUT", Temp.Sub("out"), StringComparison.Ordinal)
        .Replace("MISSING", Temp.Sub("missing.jsonl"), StringComparison.Ordinal));
}
