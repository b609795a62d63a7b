namespace Cosyn.Tests.Testing.Checking;

/// <summary>A wrong answer of the same shape, for proving a checker rejects it: numbers shift, Yes flips, option letters move, text changes.</summary>
internal static class AnswerCorruption
{
    /// <summary>The corrupted form of <paramref name="answer"/>; a summary (starting with <paramref name="summaryStart"/>) is cut short.</summary>
    public static string Corrupt(string answer, string summaryStart, params string[] notAnswerable)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(summaryStart);
        return answer switch
        {
            "Yes" => "No",
            "No" => "Yes",
            "A" => "B",
            "B" or "C" or "D" => "A",
            _ when notAnswerable.Contains(answer) => "42",
            _ when summaryStart.Length > 0 && answer.StartsWith(summaryStart, StringComparison.Ordinal) => answer[..Math.Min(answer.Length - 1, summaryStart.Length + 4)],
            _ when decimal.TryParse(answer, CultureInfo.InvariantCulture, out var n) => (n + 1).ToString(CultureInfo.InvariantCulture),
            _ => "Something else",
        };
    }
}
