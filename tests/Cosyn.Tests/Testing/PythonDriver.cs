using System.Diagnostics;

namespace Cosyn.Tests.Testing;

/// <summary>Runs a test driver script over a batch of generated scripts with the system python (one process per batch).</summary>
internal static class PythonDriver
{
    /// <summary>The Debian python that has matplotlib 3.6 and plotly (the pyenv python on PATH does not).</summary>
    public const string Python = "/usr/bin/python3";

    /// <summary>
    /// The driver's standard output for <paramref name="jobs"/> (code and PNG path each), written to a jobs file the
    /// driver (<paramref name="driver"/>, relative to the test binaries) reads; fails the test when the driver fails.
    /// </summary>
    public static string Run(string driver, IReadOnlyList<(string Code, string Png)> jobs)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        var work = Directory.CreateTempSubdirectory("cosyn-driver-");
        try
        {
            var jobFile = Path.Combine(work.FullName, "jobs.json");
            File.WriteAllText(jobFile, JsonSerializer.Serialize(jobs.Select(j => new { code = j.Code, png = j.Png })));
            var start = new ProcessStartInfo(Python, [Path.Combine(AppContext.BaseDirectory, driver), jobFile])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.Environment["MPLBACKEND"] = "Agg";
            start.Environment["MPLCONFIGDIR"] = work.FullName;
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"{Path.GetFileName(driver)} failed: " + stderr.Result);
            return stdout;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
