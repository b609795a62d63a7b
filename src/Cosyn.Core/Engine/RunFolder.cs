using Cosyn.Store;

namespace Cosyn.Engine;

/// <summary>
/// Claims an output folder for one process: creates it, checks it is writable, and holds an exclusive lock
/// so two runs can never interleave writes in the same folder.
/// </summary>
public sealed class RunFolder : IDisposable
{
    private const string LockName = "run.lock";
    private readonly FileStream _lock;

    private RunFolder(string path, FileStream lockStream)
    {
        Path = path;
        _lock = lockStream;
    }

    public string Path { get; }

    /// <summary>Claims <paramref name="path"/>; throws <see cref="RunStoreException"/> with a one-line reason when it cannot.</summary>
    public static RunFolder Claim(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        try
        {
            if (File.Exists(full))
            {
                throw new RunStoreException($"{path} is a file, not a folder");
            }

            Directory.CreateDirectory(full);
            var lockStream = new FileStream(System.IO.Path.Combine(full, LockName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return new RunFolder(full, lockStream);
        }
        catch (IOException ex) when (ex is not FileNotFoundException && Directory.Exists(full) && File.Exists(System.IO.Path.Combine(full, LockName)) && IsLocked(ex))
        {
            throw new RunStoreException($"another cosyn process is writing to {path}", ex);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            throw new RunStoreException($"cannot write to {path}: {ex.Message}", ex);
        }
    }

    public void Dispose() => _lock.Dispose();

    private static bool IsLocked(IOException ex) => ex.HResult == 11 || ex.Message.Contains("lock", StringComparison.OrdinalIgnoreCase);
}
