using System.Text.RegularExpressions;

namespace Cosyn.Evaluation.Metrics;

/// <summary>
/// Multiple-choice matching (AI2D, ScienceQA style): the option a prediction names, by its letter ("B", "(B)",
/// "B. 42", "Answer: B") or by the option's text, must be the answer's option. Options are read from the question's
/// "A. ..." lines; a question without options falls back to <see cref="ExactMatch"/>.
/// </summary>
public sealed partial class MultipleChoice() : AnswerMetric("mc", "multiple_choice")
{
    private static readonly ExactMatch Fallback = new();

    protected override double Grade(string prediction, EvalReference reference)
    {
        var options = Options(reference.Question);
        if (options.Count == 0)
        {
            return Fallback.Score(prediction, reference);
        }

        var chosen = Choice(prediction, options);
        return chosen is not null && reference.Answers.Any(a => Choice(a, options) == chosen) ? 1 : 0;
    }

    /// <summary>Whether <paramref name="reference"/> is a multiple-choice question: options listed and an answer that names one.</summary>
    public static bool Applies(EvalReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var options = Options(reference.Question);
        return options.Count > 0 && reference.Answers.Any(a => Choice(a, options) is not null);
    }

    /// <summary>The options of a question by letter, from lines like "A. text" or "B) text".</summary>
    public static IReadOnlyDictionary<char, string> Options(string? question)
    {
        var options = new Dictionary<char, string>();
        if (question is null)
        {
            return options;
        }

        foreach (Match m in OptionLine().Matches(question))
        {
            options.TryAdd(char.ToUpperInvariant(m.Groups[1].Value[0]), m.Groups[2].Value.Trim());
        }

        return options;
    }

    /// <summary>The letter <paramref name="text"/> names: an option's text first, then a letter form; null when neither.</summary>
    public static char? Choice(string text, IReadOnlyDictionary<char, string> options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        var plain = Plain(text);
        foreach (var (letter, option) in options)
        {
            if (Plain(option) == plain)
            {
                return letter;
            }
        }

        var m = LetterForm().Match(text.Trim());
        if (!m.Success)
        {
            m = AnswerIs().Match(text);
        }

        return m.Success && options.ContainsKey(char.ToUpperInvariant(m.Groups[1].Value[0])) ? char.ToUpperInvariant(m.Groups[1].Value[0]) : null;
    }

    private static string Plain(string text) => AnswerText.CollapseWhitespace(text.Trim().TrimEnd('.').ToLowerInvariant());

    [GeneratedRegex(@"^[ \t]*\(?([A-Ha-h])[.)][ \t]+(.+?)[ \t]*\r?$", RegexOptions.Multiline)]
    private static partial Regex OptionLine();

    // "B", "(B)", "B.", "B)", "B: ...", "B. 42": a bare letter alone, or a letter closed by punctuation.
    [GeneratedRegex(@"^\(?([A-H])(?:\)|[.):](?:\s|$)|$)", RegexOptions.IgnoreCase)]
    private static partial Regex LetterForm();

    [GeneratedRegex(@"\b(?:answer|option)(?:\s+is)?\s*[:\-]?\s*\(?([A-H])\)?(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex AnswerIs();
}
