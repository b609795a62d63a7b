using Cosyn.Rendering.Processes;

namespace Cosyn.Bench;

/// <summary>
/// Runs sandboxed commands under GNU time inside the sandbox and adds up their CPU and wall time per program.
/// bubblewrap's PID namespace hides a sandbox's CPU from the parent's rusage (its monitor exits without reaping
/// the namespace's init), so /proc/self/stat alone sees almost none of the tools' work.
/// </summary>
internal sealed class SandboxCpuRunner(IProcessRunner inner) : IProcessRunner
{
    private const string TimePath = "/usr/bin/time";
    private const string Report = ".bench-cpu";
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (double CpuSeconds, double WallSeconds)> _totals = new(StringComparer.Ordinal);

    /// <summary>CPU and wall seconds so far of <paramref name="program"/> (a file name such as pdflatex), or of every program when null.</summary>
    public (double CpuSeconds, double WallSeconds) Totals(string? program = null)
    {
        lock (_gate)
        {
            var rows = _totals.Where(t => program is null || t.Key == program).Select(t => t.Value).ToList();
            return (rows.Sum(r => r.CpuSeconds), rows.Sum(r => r.WallSeconds));
        }
    }

    public async Task<ProcessRunResult> RunAsync(ProcessSpec spec, ProcessRunOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var args = spec.Arguments.ToList();
        // ... prlimit LIMITS -- PROGRAM ARGS: GNU time goes between prlimit's "--" and the program.
        var prlimit = args.FindIndex(a => a.EndsWith("/prlimit", StringComparison.Ordinal));
        var split = prlimit < 0 ? -1 : args.IndexOf("--", prlimit);
        var bind = args.IndexOf("/tmp/work") - 1;
        if (split < 0 || bind < 1 || !File.Exists(TimePath))
        {
            return await inner.RunAsync(spec, options, cancellationToken).ConfigureAwait(false);
        }

        var program = Path.GetFileName(args[split + 1]);
        args.InsertRange(split + 1, [TimePath, "-q", "-f", "%U %S", "-o", "/tmp/work/" + Report]);
        var started = Stopwatch.GetTimestamp();
        var result = await inner.RunAsync(spec with { Arguments = args }, options, cancellationToken).ConfigureAwait(false);
        var wall = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var report = Path.Combine(args[bind], Report);
        var cpu = 0.0;
        if (File.Exists(report))
        {
            var fields = File.ReadAllLines(report).LastOrDefault()?.Split(' ') ?? [];
            cpu = fields.Sum(f => double.TryParse(f, CultureInfo.InvariantCulture, out var v) ? v : 0);
            File.Delete(report);
        }

        lock (_gate)
        {
            var (c, w) = _totals.GetValueOrDefault(program);
            _totals[program] = (c + cpu, w + wall);
        }

        return result;
    }
}
