namespace Cosyn.Store;

/// <summary>The output folder cannot be used for this run (different configuration, locked, corrupt). The message is one line for the user.</summary>
public sealed class RunStoreException : Exception
{
    public RunStoreException()
    {
    }

    public RunStoreException(string message)
        : base(message)
    {
    }

    public RunStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
