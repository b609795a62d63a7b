namespace Cosyn.Rendering.Chromium;

/// <summary>
/// A cgroup v1 memory controller for one browser: RLIMIT_AS breaks Chromium, so its whole process tree is
/// bounded here instead. Created under our own memory cgroup; absent (null) where the controller is not writable.
/// </summary>
internal sealed class MemoryCgroup
{
    private const string Root = "/sys/fs/cgroup/memory";

    private MemoryCgroup(string path) => Path = path;

    /// <summary>Directory of the cgroup.</summary>
    public string Path { get; }

    /// <summary>The file a process writes its pid to in order to join.</summary>
    public string ProcsFile => System.IO.Path.Combine(Path, "cgroup.procs");

    /// <summary>A new cgroup limited to <paramref name="limitMiB"/>, or null when cgroup v1 memory is not available to us.</summary>
    public static MemoryCgroup? TryCreate(int limitMiB)
    {
        try
        {
            var own = File.ReadLines("/proc/self/cgroup")
                .Select(l => l.Split(':', 3))
                .FirstOrDefault(f => f.Length == 3 && f[1].Split(',').Contains("memory"));
            if (own is null || !Directory.Exists(Root))
            {
                return null;
            }

            var path = System.IO.Path.Combine(Root + own[2], $"cosyn-chromium-{Environment.ProcessId}-{Guid.NewGuid():N}");
            Directory.CreateDirectory(path);
            var bytes = (limitMiB * 1024L * 1024).ToString(CultureInfo.InvariantCulture);
            File.WriteAllText(System.IO.Path.Combine(path, "memory.limit_in_bytes"), bytes);
            return new MemoryCgroup(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>How many times the kernel OOM killer fired in this cgroup (0 when the kernel does not say).</summary>
    public long OomKills()
    {
        try
        {
            var line = File.ReadLines(System.IO.Path.Combine(Path, "memory.oom_control"))
                .FirstOrDefault(l => l.StartsWith("oom_kill ", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line[9..], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return 0;
        }
    }

    /// <summary>Kills every process still in the cgroup and removes it; retried briefly while processes exit.</summary>
    public async Task DestroyAsync()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            foreach (var pid in Pids())
            {
                try
                {
                    System.Diagnostics.Process.GetProcessById(pid).Kill();
                }
                catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
                {
                    // Already gone.
                }
            }

            try
            {
                Directory.Delete(Path);
                return;
            }
            catch (IOException)
            {
                // Busy until the last member has exited.
                await Task.Delay(20).ConfigureAwait(false);
            }
            catch (UnauthorizedAccessException)
            {
                return;
            }
        }
    }

    private IEnumerable<int> Pids()
    {
        try
        {
            return [.. File.ReadLines(ProcsFile).Select(l => int.Parse(l, CultureInfo.InvariantCulture))];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return [];
        }
    }
}
