using Cosyn.Cli;

namespace Cosyn.Tests.Output.Export;

/// <summary>Bad input to export and report: one line on stderr, exit code 1, no stack trace.</summary>
public sealed class ExportBadInputTests : TempFolderTests
{
    [Theory]
    [InlineData("export --in NOTARUN --to hf --out OUT", "is not a cosyn run folder")]
    [InlineData("export --in MISSING --to hf --out OUT", "does not exist")]
    [InlineData("export --in RUN --to parquet --out OUT", "--to must be hf, llava, sharegpt or swift, got 'parquet'")]
    [InlineData("export --in RUN --to hf --out OUT --validation 0.9", "--validation must be between 0 and 0.5")]
    [InlineData("export --in RUN --to hf --out OUT --max-shard-mb 0", "--max-shard-mb must be between 1")]
    [InlineData("export --in RUN --to hf --out OUT --config-by figure", "--config-by must be category or pipeline")]
    [InlineData("export --in RUN --to llava --out OUT --answer-style long", "--answer-style must be short or cot")]
    [InlineData("export --in RUN --to llava --out OUT --max-turns 0", "--max-turns must be at least 1")]
    [InlineData("export --in RUN --to hf --out RUN/sub", "must be outside the run folder")]
    [InlineData("export --in RUN RUN --to hf --out OUT", "is given twice")]
    [InlineData("report --in NOTARUN", "is not a cosyn run folder")]
    public async Task BadInput_OneLineErrorAndExitCode1(string commandLine, string expected)
    {
        var (code, stdout, stderr) = await RunAsync(commandLine);

        AssertOneLineError(code, stdout, stderr, expected);
    }

    [Fact]
    public async Task Export_NonEmptyOutput_RefusedUnlessForce()
    {
        var output = Temp.Sub("out");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "notes.txt"), "mine");

        var (code, stdout, stderr) = await RunAsync("export --in RUN --to hf --out OUT");
        AssertOneLineError(code, stdout, stderr, "is not empty; pass --force");

        var forced = await RunAsync("export --in RUN --to hf --out OUT --force");
        Assert.Equal(ExitCodes.Ok, forced.Code);
        var again = await RunAsync("export --in RUN --to llava --out OUT --force");
        Assert.Equal(ExitCodes.Ok, again.Code);
        Assert.False(Directory.Exists(Path.Combine(output, "data")), "--force removes what the earlier export wrote");
        Assert.True(File.Exists(Path.Combine(output, "notes.txt")), "--force leaves files it did not write");
    }

    [Theory]
    [InlineData("export --in RUN --to hf --out OUT")]
    [InlineData("report --in RUN")]
    public async Task RunInProgress_RefusedUnlessAllowPartial(string commandLine)
    {
        var run = Run();
        using (new FileStream(Path.Combine(run, "run.lock"), FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            var (code, stdout, stderr) = await RunAsync(commandLine);
            AssertOneLineError(code, stdout, stderr, "is still being written by a cosyn process; wait for it to finish or pass --allow-partial");

            var partial = await RunAsync(commandLine + " --allow-partial");
            Assert.True(partial.Code == ExitCodes.Ok, partial.Stderr);
        }
    }

    private static void AssertOneLineError(int code, string stdout, string stderr, string expected)
    {
        Assert.Equal(ExitCodes.Error, code);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
    }

    private string Run()
    {
        var path = Temp.Sub("run");
        return Directory.Exists(path) ? path : FakeRun.Create(path, [FakeRun.Sample("chart-matplotlib", 0), FakeRun.Sample("table-html", 1)]);
    }

    private Task<CliOutput> RunAsync(string commandLine)
    {
        var run = Run();
        var notARun = Temp.Sub("not-a-run");
        Directory.CreateDirectory(notARun);
        var args = commandLine
            .Replace("NOTARUN", notARun, StringComparison.Ordinal)
            .Replace("MISSING", Temp.Sub("missing"), StringComparison.Ordinal)
            .Replace("RUN", run, StringComparison.Ordinal)
            .Replace("OUT", Temp.Sub("out"), StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return InProcessCli.RunAsync(args);
    }
}
