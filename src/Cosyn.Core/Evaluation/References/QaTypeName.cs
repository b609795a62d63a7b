namespace Cosyn.Evaluation.References;

/// <summary>One spelling per QA kind, whether it came from a sample ("multiple-choice") or an export ("multiple choice").</summary>
public static class QaTypeName
{
    public static string? Normalize(string? type)
    {
        if (string.IsNullOrWhiteSpace(type))
        {
            return null;
        }

        var words = type.Trim().ToLowerInvariant().Replace('-', ' ').Replace('_', ' ');
        return words == "yes no" ? "yes/no" : words;
    }
}
