using System.Diagnostics;

namespace Cosyn.Tests.Families.Tables;

/// <summary>Runs generated matplotlib or plotly table scripts with the system python (one process per batch).</summary>
internal static class TableScriptRunner
{
    /// <summary>The Debian python that has matplotlib 3.6 and plotly.</summary>
    public const string Python = "/usr/bin/python3";

    public static bool Available => File.Exists(Python);

    /// <summary>One report per script: <c>error</c> (null when it ran) plus what it drew.</summary>
    public static IReadOnlyList<JsonElement> RunAll(IReadOnlyList<(string Code, string Png)> jobs)
    {
        var work = Directory.CreateTempSubdirectory("cosyn-tables-");
        try
        {
            var jobFile = Path.Combine(work.FullName, "jobs.json");
            File.WriteAllText(jobFile, JsonSerializer.Serialize(jobs.Select(j => new { code = j.Code, png = j.Png })));
            var driver = Path.Combine(AppContext.BaseDirectory, "Families", "Tables", "table_driver.py");
            var start = new ProcessStartInfo(Python, [driver, jobFile]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.Environment["MPLBACKEND"] = "Agg";
            start.Environment["MPLCONFIGDIR"] = work.FullName;
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, "table driver failed: " + stderr.Result);
            using var doc = JsonDocument.Parse(stdout);
            return [.. doc.RootElement.EnumerateArray().Select(e => e.Clone())];
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
