namespace Cosyn.Evaluation.Metrics;

/// <summary>Text clean-up the metrics share.</summary>
public static class AnswerText
{
    /// <summary>Python's <c>' '.join(text.split())</c>: trimmed, every run of whitespace one space.</summary>
    public static string CollapseWhitespace(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
