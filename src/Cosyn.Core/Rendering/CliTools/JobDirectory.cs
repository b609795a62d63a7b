using Cosyn.Rendering.Python;

namespace Cosyn.Rendering.CliTools;

/// <summary>A fresh host directory for one job, writable by the sandbox's unprivileged uid; deleted on dispose.</summary>
internal sealed class JobDirectory : IDisposable
{
    // The sandbox runs as nobody: it must traverse the root and write its own job directory.
    private const UnixFileMode Traversable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
        | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    private const UnixFileMode Writable = Traversable | UnixFileMode.GroupRead | UnixFileMode.GroupWrite
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite;

    private JobDirectory(string path) => Path = path;

    /// <summary>The directory on the host.</summary>
    public string Path { get; }

    /// <summary>Creates <c>ROOT/TOOL-GUID</c>.</summary>
    public static JobDirectory Create(string root, string tool)
    {
        var path = System.IO.Path.Combine(root, $"{tool}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(root, Traversable);
            File.SetUnixFileMode(path, Writable);
        }

        return new JobDirectory(path);
    }

    public void Dispose() => WorkerDirectories.Delete(Path);
}
