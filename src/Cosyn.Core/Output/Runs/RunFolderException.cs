namespace Cosyn.Output.Runs;

/// <summary>A folder cannot be read as a finished run (not a run, still running, unreadable). The message is one line for the user.</summary>
public sealed class RunFolderException : Exception
{
    public RunFolderException()
    {
    }

    public RunFolderException(string message)
        : base(message)
    {
    }

    public RunFolderException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
