namespace Cosyn.Evaluation;

/// <summary>A predictions or references file that cannot be used; the message is one line naming the file and line.</summary>
public sealed class EvaluationInputException : Exception
{
    public EvaluationInputException()
    {
    }

    public EvaluationInputException(string message)
        : base(message)
    {
    }

    public EvaluationInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
