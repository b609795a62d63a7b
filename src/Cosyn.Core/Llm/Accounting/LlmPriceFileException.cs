namespace Cosyn.Llm.Accounting;

/// <summary>A <c>--prices</c> file cannot be used; the message is one line for the user.</summary>
public sealed class LlmPriceFileException : Exception
{
    public LlmPriceFileException()
    {
    }

    public LlmPriceFileException(string message)
        : base(message)
    {
    }

    public LlmPriceFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
