using System.Diagnostics;
using Cosyn.Tests.Testing;

namespace Cosyn.Tests.Integration;

/// <summary>
/// examples/slurm for real: a single-node Slurm (scripts/slurm-local.sh) runs a 4-task array of shards and the merge
/// job after it; the merged folder must be the single run's bytes. Fails, never skips, when Slurm cannot start.
/// </summary>
[Collection("slurm")]
public sealed class SlurmArrayTests : TempFolderTests
{
    private const string Args = "--pipeline chart-matplotlib --count 6 --seed 11";

    [Fact]
    public async Task Four_array_tasks_and_the_merge_job_write_the_single_run()
    {
        var state = Temp.Sub("slurm-state");
        var (started, log) = await BashAsync(TimeSpan.FromMinutes(5), Path.Combine(RepoFiles.Root, "scripts/slurm-local.sh"), "start", state);
        Assert.True(started == 0, $"scripts/slurm-local.sh start failed ({started}): {log}");
        try
        {
            var environment = new Dictionary<string, string>
            {
                ["SLURM_CONF"] = Path.Combine(state, "slurm.conf"),
                ["OUT"] = Temp.Sub("run"),
                ["SHARDS"] = "4",
                ["COSYN_ARGS"] = Args,
                ["COSYN"] = $"dotnet {CliProcess.CliPath}",
            };
            var (submitted, ids) = await BashAsync(TimeSpan.FromMinutes(1), environment, Path.Combine(RepoFiles.Root, "examples/slurm/submit.sh"));
            Assert.True(submitted == 0, $"submit.sh failed: {ids}");

            var single = await CliProcess.RunAsync(TimeSpan.FromMinutes(5), [.. "generate".Split(' '), .. Args.Split(' '), "--concurrency", "1", "--out", Temp.Sub("single")]);
            Assert.True(single.Code == 0, single.Stderr);

            var jobs = string.Join(',', ids.Split(' ', '\n', StringSplitOptions.RemoveEmptyEntries).Select(id => id.Split(';')[0]));
            var deadline = DateTime.UtcNow.AddMinutes(5);
            while ((await BashAsync(TimeSpan.FromSeconds(30), environment, "squeue", "-h", "-j", jobs)).Output.Trim().Length > 0)
            {
                Assert.True(DateTime.UtcNow < deadline, $"jobs {jobs} still queued after 5 minutes");
                await Task.Delay(500);
            }

            var merged = Path.Combine(Temp.Sub("run"), "merged");
            Assert.True(File.Exists(Path.Combine(merged, "stats.json")), $"the merge job wrote no run: {string.Join(" | ", Directory.GetFiles(Temp.Sub("run"), "cosyn-*.log").Select(File.ReadAllText))}");
            Assert.Equal(File.ReadAllBytes(Path.Combine(Temp.Sub("single"), "samples.jsonl")), File.ReadAllBytes(Path.Combine(merged, "samples.jsonl")));
            Assert.Equal(Images(Temp.Sub("single")), Images(merged));
            Assert.Equal(6, File.ReadAllLines(Path.Combine(merged, "samples.jsonl")).Length);
        }
        finally
        {
            await BashAsync(TimeSpan.FromMinutes(1), Path.Combine(RepoFiles.Root, "scripts/slurm-local.sh"), "stop", state);
        }
    }

    private static List<(string Name, string Bytes)> Images(string folder) =>
        Directory.GetFiles(Path.Combine(folder, "images")).Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), Convert.ToBase64String(File.ReadAllBytes(f)))).ToList();

    private static Task<(int Code, string Output)> BashAsync(TimeSpan timeout, params string[] command) => BashAsync(timeout, new Dictionary<string, string>(), command);

    private static async Task<(int Code, string Output)> BashAsync(TimeSpan timeout, Dictionary<string, string> environment, params string[] command)
    {
        var info = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in command.Skip(1))
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        // sbatch writes the jobs' logs where it is called from: the run folder, not the tests' bin folder.
        if (environment.TryGetValue("OUT", out var output))
        {
            info.WorkingDirectory = Directory.CreateDirectory(output).FullName;
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        return (process.ExitCode, (await stdout) + (await stderr));
    }
}
