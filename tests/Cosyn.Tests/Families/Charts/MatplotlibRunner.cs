using System.Diagnostics;

namespace Cosyn.Tests.Families.Charts;

/// <summary>Runs generated scripts with the system matplotlib (one python process per batch) and returns what each drew.</summary>
internal static class MatplotlibRunner
{
    /// <summary>The Debian python that has matplotlib 3.6 (the pyenv python on PATH does not).</summary>
    public const string Python = "/usr/bin/python3";

    private static readonly JsonSerializerOptions SnakeCase = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static bool Available => File.Exists(Python);

    public static IReadOnlyList<RenderReport> RenderAll(IReadOnlyList<(string Code, string Png)> jobs)
    {
        var work = Directory.CreateTempSubdirectory("cosyn-mpl-");
        try
        {
            var jobFile = Path.Combine(work.FullName, "jobs.json");
            File.WriteAllText(jobFile, JsonSerializer.Serialize(jobs.Select(j => new { code = j.Code, png = j.Png })));
            var driver = Path.Combine(AppContext.BaseDirectory, "Families", "Charts", "render_driver.py");
            var start = new ProcessStartInfo(Python, [driver, jobFile])
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
            Assert.True(process.ExitCode == 0, "render driver failed: " + stderr.Result);
            return JsonSerializer.Deserialize<List<RenderReport>>(stdout, SnakeCase)!;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
