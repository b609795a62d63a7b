namespace Cosyn.Llm.Calls;

/// <summary>
/// An LLM call failed for good: rejected by the provider (fails fast), or still failing when the retry budget ran
/// out. The message is one line for the user; <see cref="Failure"/> says why, for counting.
/// </summary>
public sealed class LlmCallException : Exception
{
    public LlmCallException()
        : this("the LLM call failed")
    {
    }

    public LlmCallException(string message)
        : base(message) => Failure = new LlmFailure(LlmFailureKind.Unexpected, null, message);

    public LlmCallException(string message, Exception innerException)
        : base(message, innerException) => Failure = new LlmFailure(LlmFailureKind.Unexpected, null, message);

    public LlmCallException(string message, LlmFailure failure, int attempts, Exception? innerException)
        : base(message, innerException)
    {
        Failure = failure;
        Attempts = attempts;
    }

    /// <summary>The last failure's classification.</summary>
    public LlmFailure Failure { get; }

    /// <summary>Provider requests made before giving up.</summary>
    public int Attempts { get; }
}
