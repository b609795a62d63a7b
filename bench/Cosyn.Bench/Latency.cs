namespace Cosyn.Bench;

/// <summary>Latency sampling shared by the Python-tool benchmarks: warm calls, a cold interpreter per call, and the summary line.</summary>
internal static class Latency
{
    /// <summary>Milliseconds of <paramref name="count"/> sequential calls of <paramref name="call"/>; throws when one fails.</summary>
    public static async Task<List<double>> SampleAsync(int count, Func<Task<bool>> call)
    {
        var samples = new List<double>(count);
        var clock = new Stopwatch();
        for (var i = 0; i < count; i++)
        {
            clock.Restart();
            if (!await call())
            {
                throw new InvalidOperationException($"call {i} failed");
            }

            samples.Add(clock.Elapsed.TotalMilliseconds);
        }

        return samples;
    }

    /// <summary>Milliseconds of <paramref name="count"/> runs of <c>/usr/bin/python3 script</c> (unsandboxed: a lower bound for cold).</summary>
    public static async Task<List<double>> ColdPythonAsync(string script, int count)
    {
        var file = Path.Combine(Path.GetTempPath(), $"cosyn-bench-{Guid.NewGuid():N}.py");
        await File.WriteAllTextAsync(file, script);
        try
        {
            return await SampleAsync(count, async () =>
            {
                using var process = Process.Start(new ProcessStartInfo("/usr/bin/python3", [file]) { WorkingDirectory = Path.GetTempPath(), RedirectStandardError = true })!;
                await process.StandardError.ReadToEndAsync();
                await process.WaitForExitAsync();
                return process.ExitCode == 0;
            });
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Prints p50/p95 of warm and cold and their ratio.</summary>
    public static void Report(string what, double firstMs, List<double> warm, List<double> cold)
    {
        var (w50, w95, c50, c95) = (Percentile(warm, 50), Percentile(warm, 95), Percentile(cold, 50), Percentile(cold, 95));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: worker start + first job {firstMs:0} ms; warm p50 {w50:0.0} ms p95 {w95:0.0} ms ({1000 / w50:0.0}/s); cold python3 p50 {c50:0} ms p95 {c95:0} ms; cold/warm {c50 / w50:0.0}x"));
    }

    private static double Percentile(List<double> samples, int p)
    {
        var sorted = samples.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1)];
    }
}
