using System.Diagnostics;
using System.Globalization;

namespace Cosyn.Bench.Scale;

/// <summary>What this process holds right now: RSS, GC heap, open handles, and the worker processes under it with their RSS.</summary>
internal sealed record MemoryProbe(long RssBytes, long GcHeapBytes, int Handles, int Workers, long WorkersRssBytes)
{
    private static readonly long PageSize = Environment.SystemPageSize;

    public static MemoryProbe Take()
    {
        using var self = Process.GetCurrentProcess();
        var workers = Descendants(self.Id);
        return new MemoryProbe(self.WorkingSet64, GC.GetGCMemoryInfo().HeapSizeBytes, self.HandleCount, workers.Count, workers.Sum(Rss));
    }

    // Every process whose parent chain leads to root, from /proc (sandboxes nest: bwrap, then the tool).
    private static List<int> Descendants(int root)
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && ParentOf(pid) is { } parent)
            {
                parents[pid] = parent;
            }
        }

        var found = new List<int>();
        var frontier = new Queue<int>([root]);
        while (frontier.TryDequeue(out var current))
        {
            foreach (var child in parents.Where(p => p.Value == current).Select(p => p.Key))
            {
                found.Add(child);
                frontier.Enqueue(child);
            }
        }

        return found;
    }

    private static int? ParentOf(int pid)
    {
        try
        {
            // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so read after the last ')'.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static long Rss(int pid)
    {
        try
        {
            return long.Parse(File.ReadAllText($"/proc/{pid}/statm").Split(' ')[1], CultureInfo.InvariantCulture) * PageSize;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            return 0;
        }
    }
}
