using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Cosyn.Tests.Families.Charts.Writers.Plotly;

/// <summary>Builds generated Plotly scripts with the system plotly 5.4 (one python process per batch) and returns each figure's JSON.</summary>
internal static class PlotlyFigureRunner
{
    /// <summary>One script's outcome: the figure (plotly JSON) or the Python error.</summary>
    public sealed record Result(JsonObject? Figure, string? Error);

    public static bool Available => File.Exists(MatplotlibRunner.Python);

    public static IReadOnlyList<Result> BuildAll(IReadOnlyList<string> scripts)
    {
        var work = Directory.CreateTempSubdirectory("cosyn-plotly-");
        try
        {
            var jobFile = Path.Combine(work.FullName, "jobs.json");
            File.WriteAllText(jobFile, JsonSerializer.Serialize(scripts));
            var driver = Path.Combine(AppContext.BaseDirectory, "Families", "Charts", "Writers", "Plotly", "plotly_driver.py");
            var start = new ProcessStartInfo(MatplotlibRunner.Python, [driver, jobFile])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, "plotly driver failed: " + stderr.Result);
            return [.. JsonNode.Parse(stdout)!.AsArray().Select(r => new Result(r!["figure"]?.AsObject(), r["error"]?.GetValue<string>()))];
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
