namespace Cosyn.Tests.Integration;

/// <summary>The real CLI on the real chart-matplotlib pipeline: same seed same bytes, and kill -9 then rerun.</summary>
[Trait("Category", "Integration")]
public sealed class GenerateCrashResumeTests : TempFolderTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task Generate_KilledMidRunThenRerun_WritesExactlyTheRequestedSamplesOnce()
    {
        const int count = 24;
        var interrupted = Temp.Sub("interrupted");
        using (var process = CliProcess.Start(Args(interrupted, count)))
        {
            var jsonl = Path.Combine(interrupted, "samples.jsonl");
            using var wait = new CancellationTokenSource(Timeout);
            while (LineCount(jsonl) < 6)
            {
                if (process.HasExited)
                {
                    Assert.Fail("the run ended before it could be killed: " + await process.StandardError.ReadToEndAsync(wait.Token));
                }

                await Task.Delay(50, wait.Token);
            }

            process.Kill(entireProcessTree: true); // SIGKILL: no cleanup runs
            await process.WaitForExitAsync(wait.Token);
        }

        var before = LineCount(Path.Combine(interrupted, "samples.jsonl"));
        Assert.InRange(before, 6, count - 1);

        var resumed = await CliProcess.RunAsync(Timeout, Args(interrupted, count));
        Assert.True(resumed.Code == 0, resumed.Stderr);

        var lines = File.ReadAllLines(Path.Combine(interrupted, "samples.jsonl"));
        var ids = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!).ToList();
        Assert.Equal(count, ids.Count);
        Assert.Equal(count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.True(File.Exists(Path.Combine(interrupted, "images", id + ".png"))));
        Assert.Empty(Directory.GetFiles(Path.Combine(interrupted, "images"), "*.tmp"));

        var fresh = Temp.Sub("fresh");
        var clean = await CliProcess.RunAsync(Timeout, Args(fresh, count));
        Assert.True(clean.Code == 0, clean.Stderr);
        Assert.Equal(File.ReadAllBytes(Path.Combine(fresh, "samples.jsonl")), File.ReadAllBytes(Path.Combine(interrupted, "samples.jsonl")));
        foreach (var id in ids)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(fresh, "images", id + ".png")), File.ReadAllBytes(Path.Combine(interrupted, "images", id + ".png")));
        }
    }

    [Fact]
    public async Task Generate_Interrupted_SavesFinishedWorkWritesStatsAndExits130()
    {
        var folder = Temp.Sub("sigint");
        using var process = CliProcess.Start(Args(folder, 40));
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var wait = new CancellationTokenSource(Timeout);
        while (LineCount(Path.Combine(folder, "samples.jsonl")) < 3)
        {
            Assert.False(process.HasExited, "the run ended before it could be interrupted");
            await Task.Delay(50, wait.Token);
        }

        using (var kill = System.Diagnostics.Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(wait.Token);
        }

        await process.WaitForExitAsync(wait.Token);

        Assert.Equal(130, process.ExitCode);
        Assert.Contains("Rerun the same command to resume", await stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", await stderr, StringComparison.Ordinal);
        var lines = File.ReadAllLines(Path.Combine(folder, "samples.jsonl"));
        Assert.InRange(lines.Length, 3, 39);
        Assert.All(lines, l => JsonDocument.Parse(l).Dispose());
        using var stats = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "stats.json")));
        Assert.False(stats.RootElement.GetProperty("completed").GetBoolean());
        Assert.Equal(lines.Length, stats.RootElement.GetProperty("totals").GetProperty("written").GetInt32());
    }

    [Fact]
    public async Task Generate_DifferentSeedOnExistingFolder_RefusedWithOneLine()
    {
        var folder = Temp.Sub("out");
        var first = await CliProcess.RunAsync(Timeout, Args(folder, 2));
        Assert.True(first.Code == 0, first.Stderr);

        var second = await CliProcess.RunAsync(Timeout, [.. Args(folder, 2)[..^2], "--seed", "99"]);

        Assert.Equal(1, second.Code);
        Assert.Contains("holds a different run", second.Stderr, StringComparison.Ordinal);
        Assert.Single(second.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string[] Args(string folder, int count) =>
        ["generate", "--pipeline", "chart-matplotlib", "--count", count.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", folder, "--concurrency", "2", "--seed", "11"];

    private static int LineCount(string path)
    {
        if (!File.Exists(path))
        {
            return 0;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Count(c => c == '\n');
    }
}
