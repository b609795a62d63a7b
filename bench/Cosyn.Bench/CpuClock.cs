namespace Cosyn.Bench;

/// <summary>
/// CPU seconds used by this process and by its reaped child process trees (sandboxed tools), from /proc/self/stat.
/// On a shared, loaded machine wall time mostly measures the queue for a core; CPU time measures the work.
/// </summary>
internal static class CpuClock
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    /// <summary>Self plus children CPU seconds so far.</summary>
    public static double Seconds()
    {
        var stat = File.ReadAllText("/proc/self/stat");
        // Fields after the command name, which is parenthesised and may contain spaces.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // utime, stime, cutime, cstime are fields 14-17 of the whole line: 12-15 after the name and state.
        return fields.Skip(11).Take(4).Sum(f => double.Parse(f, CultureInfo.InvariantCulture)) / TicksPerSecond;
    }
}
