namespace Cosyn.Output.Export;

/// <summary>The export cannot start (the output folder is not empty, is a run, ...). The message is one line for the user.</summary>
public sealed class ExportException : Exception
{
    public ExportException()
    {
    }

    public ExportException(string message)
        : base(message)
    {
    }

    public ExportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
