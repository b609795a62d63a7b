using Cosyn.Cli;
using Cosyn.Tests.Testing.Fakes;

namespace Cosyn.Tests.Cli;

public sealed class CliErrorTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

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
        var (code, stdout, stderr) = await RunAsync(commandLine);

        Assert.Equal(ExitCodes.Error, code);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains(expected.Replace("MISSING", _temp.Sub("missing.jsonl"), StringComparison.Ordinal), line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("generate --pipeline chart-matplotlib --count lots --out OUT", "lots")]
    [InlineData("frobnicate", "frobnicate")]
    public async Task Parse_Error_OneLineAndExitCode2(string commandLine, string expected)
    {
        var (code, _, stderr) = await RunAsync(commandLine);

        Assert.Equal(ExitCodes.Usage, code);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pipelines_ListsAllTwentyTwoWithStatus()
    {
        var (code, stdout, _) = await RunAsync("pipelines");

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
        var (code, stdout, _) = await RunAsync("route", "bar charts of rainfall");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("chart-matplotlib", stdout, StringComparison.Ordinal);
        Assert.Contains("bar", stdout, StringComparison.Ordinal);
        Assert.Contains("20%", stdout, StringComparison.Ordinal);
        Assert.Contains("closest: bar chart", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Route_MeaninglessInput_SaysSoInOneLineAndExitCode1()
    {
        // A drawable request is never refused (it falls back to a general mix); only input that names nothing is.
        var (code, stdout, stderr) = await RunAsync("route", "asdfgh_qwerty");

        Assert.Equal(ExitCodes.Error, code);
        Assert.Equal(string.Empty, stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("no route for", line, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CosynCli.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private async Task<(int Code, string Stdout, string Stderr)> RunAsync(string commandLine)
    {
        var args = commandLine
            .Replace("OUT", _temp.Sub("out"), StringComparison.Ordinal)
            .Replace("MISSING", _temp.Sub("missing.jsonl"), StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CosynCli.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
