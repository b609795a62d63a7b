namespace Cosyn.Rendering.Processes;

/// <summary>Reads the Linux process tree from /proc: who descends from whom, and who is still alive.</summary>
internal static class ProcessTree
{
    public static IEnumerable<int> Descendants(int root)
    {
        var parents = new Dictionary<int, List<int>>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid) && ParentOf(pid) is { } parent)
            {
                (parents.TryGetValue(parent, out var list) ? list : parents[parent] = []).Add(pid);
            }
        }

        var queue = new Queue<int>([root]);
        while (queue.TryDequeue(out var current))
        {
            foreach (var child in parents.GetValueOrDefault(current) ?? [])
            {
                yield return child;
                queue.Enqueue(child);
            }
        }
    }

    /// <summary>Alive and not a zombie.</summary>
    public static bool IsAlive(int pid) => State(pid) is { } state && state != 'Z' && state != 'X';

    /// <summary>Waits (bounded) until none of <paramref name="pids"/> is alive: killed processes take a moment to die.</summary>
    public static async Task WaitUntilGoneAsync(IReadOnlyCollection<int> pids, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (pids.Any(IsAlive) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20).ConfigureAwait(false);
        }
    }

    public static void Kill(int pid)
    {
        try
        {
            System.Diagnostics.Process.GetProcessById(pid).Kill();
        }
        catch (ArgumentException)
        {
            // Already gone.
        }
    }

    private static int? ParentOf(int pid) =>
        Stat(pid) is { } fields ? int.Parse(fields[1], CultureInfo.InvariantCulture) : null;

    private static char? State(int pid) => Stat(pid) is { } fields ? fields[0][0] : null;

    // Fields after the ")" that ends the command name: state, ppid, ...
    private static string[]? Stat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            return text[(text.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
    }
}
