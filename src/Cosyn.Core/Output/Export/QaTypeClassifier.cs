using System.Text.RegularExpressions;
using Cosyn.Model;

namespace Cosyn.Output.Export;

/// <summary>Tells a QA pair's kind from its shape: options in the question and a letter answer, Yes/No, a "does not provide" answer, a summary request.</summary>
public static partial class QaTypeClassifier
{
    public static string Classify(QaPair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var answer = pair.Answer.Trim().TrimEnd('.');
        if (Unanswerable().IsMatch(answer))
        {
            return QaType.Unanswerable;
        }

        if (LetterAnswer().IsMatch(answer) && Options().IsMatch(pair.Question))
        {
            return QaType.MultipleChoice;
        }

        if (answer.Equals("yes", StringComparison.OrdinalIgnoreCase) || answer.Equals("no", StringComparison.OrdinalIgnoreCase))
        {
            return QaType.YesNo;
        }

        return SummaryRequest().IsMatch(pair.Question) ? QaType.Summary : QaType.ShortAnswer;
    }

    // The synthesizers' unanswerable answers ("The chart does not provide this information.") and common LLM phrasings.
    [GeneratedRegex(@"\b(does not|doesn't|do not|cannot|can't) (provide|show|contain|be determined|be answered)|\bnot (provided|shown|available|answerable)\b|^unanswerable$", RegexOptions.IgnoreCase)]
    private static partial Regex Unanswerable();

    [GeneratedRegex(@"^\(?[A-H]\)?$")]
    private static partial Regex LetterAnswer();

    // Options listed one per line: "A. ...", "B) ...".
    [GeneratedRegex(@"(^|\n)\s*\(?[A-D][.)]\s", RegexOptions.None)]
    private static partial Regex Options();

    [GeneratedRegex(@"^\s*(describe|summari[sz]e|(give|provide|write) an? (short |brief )?(summary|overview)|what is the main (insight|message|takeaway))|\bmain insights?\b|\bsummary of\b", RegexOptions.IgnoreCase)]
    private static partial Regex SummaryRequest();
}
