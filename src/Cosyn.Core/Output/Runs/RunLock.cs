namespace Cosyn.Output.Runs;

/// <summary>Tells whether a generate process still holds a run folder's <c>run.lock</c> (taken by <see cref="Engine.RunFolder"/>).</summary>
public static class RunLock
{
    public const string FileName = "run.lock";

    /// <summary>True while another process (or another handle in this one) holds the lock.</summary>
    public static bool IsHeld(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return false;
        }

        try
        {
            // The engine opens the file with FileShare.None, which .NET maps to an exclusive flock; ours fails while it is held.
            using var probe = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
