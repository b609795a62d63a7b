namespace Cosyn.Rendering.Python;

/// <summary>Host directories a sandboxed worker writes to: its own directory and a font cache shared by all workers.</summary>
internal static class WorkerDirectories
{
    // The sandbox runs as an unprivileged uid: it must traverse the root and write its own directories.
    private const UnixFileMode Traversable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
        | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    private const UnixFileMode Writable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
        | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>Creates a fresh worker directory and makes sure the shared cache exists.</summary>
    public static (string WorkerDir, string CacheDir) Create(string root)
    {
        var workers = Path.Combine(root, "workers");
        var cache = Path.Combine(root, "mplconfig");
        var worker = Path.Combine(workers, $"{Environment.ProcessId}-{Guid.NewGuid():N}");
        foreach (var dir in new[] { root, workers, cache, worker })
        {
            Directory.CreateDirectory(dir);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(root, Traversable);
            File.SetUnixFileMode(workers, Traversable);
            File.SetUnixFileMode(cache, Writable);
            File.SetUnixFileMode(worker, Writable);
        }

        return (worker, cache);
    }

    /// <summary>Deletes a directory tree, ignoring races with a process that is still exiting.</summary>
    public static void Delete(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Already gone.
        }
        catch (IOException)
        {
            // A dying process may still hold it; the next run's cleanup or the OS temp reaper gets it.
        }
        catch (UnauthorizedAccessException)
        {
            // Files left by a different uid; harmless leftovers in a temp directory.
        }
    }
}
