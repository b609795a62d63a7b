using System.Text.RegularExpressions;

namespace Cosyn.Quality.Checks;

/// <summary>
/// The type of a QA pair: the recorded <see cref="QaPair.Type"/> when present, else derived from its shape
/// (lettered options, a Yes/No answer or a yes/no question, the unanswerable wording, a summary request), so the
/// checks work on every pipeline and on hand-edited rows.
/// </summary>
public static partial class QaTypes
{
    public const string ShortAnswer = "short-answer";
    public const string MultipleChoice = "multiple-choice";
    public const string YesNo = "yes-no";
    public const string Summary = "summary";
    public const string Unanswerable = "unanswerable";

    public static string Of(QaPair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        if (pair.Type is { Length: > 0 } recorded)
        {
            return recorded;
        }

        if (Options(pair.Question).Count >= 2)
        {
            return MultipleChoice;
        }

        if (IsYesOrNo(pair.Answer) || (YesNoQuestion().IsMatch(pair.Question) && !pair.Question.Contains(" or ", StringComparison.OrdinalIgnoreCase)))
        {
            return YesNo;
        }

        if (pair.Answer.EndsWith("does not provide this information.", StringComparison.Ordinal))
        {
            return Unanswerable;
        }

        // A short answer is a value or a name; an answer of many words is a description.
        return SummaryQuestion().IsMatch(pair.Question) || pair.Answer.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 12 ? Summary : ShortAnswer;
    }

    /// <summary>The lettered options ("A. text" lines) of a multiple-choice question.</summary>
    public static IReadOnlyList<(string Letter, string Text)> Options(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return [.. OptionLine().Matches(question).Select(m => (m.Groups["letter"].Value, m.Groups["text"].Value.Trim()))];
    }

    /// <summary>Yes or No, in any case, with an optional full stop.</summary>
    public static bool IsYesOrNo(string answer) => answer?.Trim().TrimEnd('.', '!').ToUpperInvariant() is "YES" or "NO";

    [GeneratedRegex(@"(?m)^\s*\(?(?<letter>[A-H])[.)]\s+(?<text>.+)$")]
    private static partial Regex OptionLine();

    [GeneratedRegex(@"^(Is|Are|Does|Do|Did|Was|Were|Has|Have|Can|Could|Will|Would|Should)\s", RegexOptions.IgnoreCase)]
    private static partial Regex YesNoQuestion();

    [GeneratedRegex(@"^(Summari[sz]e|Write a (short |brief )?summary|Describe (the|this) )", RegexOptions.IgnoreCase)]
    private static partial Regex SummaryQuestion();
}
