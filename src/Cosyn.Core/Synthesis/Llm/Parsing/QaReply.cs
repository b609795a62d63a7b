using System.Text.Json;
using System.Text.RegularExpressions;

namespace Cosyn.Synthesis.Llm.Parsing;

/// <summary>
/// Parses the QA stage's reply, normalises answers to the README "QA conventions" (a letter for multiple choice,
/// Yes / No, the pipeline's exact unanswerable wording) and checks the paper's mix of question types.
/// </summary>
public static partial class QaReply
{
    /// <summary>Least count per type: 5 short-answer, 2 multiple-choice, 1 yes-no, 1 summary, 1 unanswerable.</summary>
    public static IReadOnlyDictionary<string, int> RequiredMix { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["short-answer"] = 5,
        ["multiple-choice"] = 2,
        ["yes-no"] = 1,
        ["summary"] = 1,
        ["unanswerable"] = 1,
    };

    public static Parsed<IReadOnlyList<QaPair>> Parse(string text, string unanswerableAnswer)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (ReplyText.JsonList(text, "qa_pairs") is not { } root)
        {
            return Fail("it does not contain valid JSON");
        }

        if (root.ValueKind != JsonValueKind.Array)
        {
            return Fail("it has no \"qa_pairs\" array");
        }

        var pairs = new List<QaPair>();
        var counts = RequiredMix.Keys.ToDictionary(k => k, _ => 0, StringComparer.Ordinal);
        var number = 0;
        foreach (var item in root.EnumerateArray())
        {
            number++;
            var type = NormaliseType(Text(item, "type"));
            var question = Text(item, "question");
            var explanation = Text(item, "explanation");
            var answer = Text(item, "answer");
            if (question.Length == 0 || explanation.Length == 0 || answer.Length == 0)
            {
                return Fail($"pair {number} lacks a question, an explanation or an answer");
            }

            var normalised = type switch
            {
                "yes-no" => YesNo(answer),
                "multiple-choice" => Letter(question, answer),
                "unanswerable" => unanswerableAnswer,
                _ => answer,
            };
            if (normalised is null)
            {
                return Fail(type == "yes-no"
                    ? $"pair {number} is yes-no but its answer is \"{answer}\", not Yes or No"
                    : $"pair {number} is multiple-choice but its answer \"{answer}\" is not the letter of an option listed as \"A. ...\" in the question");
            }

            if (counts.TryGetValue(type, out var seen))
            {
                counts[type] = seen + 1;
            }

            pairs.Add(new QaPair(question, explanation, normalised, counts.ContainsKey(type) ? type : null));
        }

        var missing = RequiredMix.Where(kv => counts[kv.Key] < kv.Value).Select(kv => $"{kv.Value} {kv.Key} (got {counts[kv.Key]})").ToList();
        return missing.Count > 0
            ? Fail("the mix of question types is short: needs at least " + string.Join(", ", missing))
            : ParseOutcome.Success<IReadOnlyList<QaPair>>(pairs);
    }

    private static Parsed<IReadOnlyList<QaPair>> Fail(string problem) => ParseOutcome.Fail<IReadOnlyList<QaPair>>(problem);

    private static string Text(JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : value.ValueKind is JsonValueKind.Number ? value.GetRawText() : string.Empty
            : string.Empty;

    private static string NormaliseType(string type)
    {
        var key = TypeSeparators().Replace(type.ToLowerInvariant(), "-").Trim('-');
        return key switch
        {
            "short" or "short-answer-question" or "numeric" => "short-answer",
            "mcq" or "multiple-choice-question" or "multiplechoice" => "multiple-choice",
            "yes-or-no" or "yesno" or "boolean" => "yes-no",
            "summarization" or "summarisation" => "summary",
            "unanswerable-question" or "not-answerable" => "unanswerable",
            _ => key,
        };
    }

    private static string? YesNo(string answer) => answer.TrimEnd('.', '!').ToLowerInvariant() switch
    {
        "yes" => "Yes",
        "no" => "No",
        _ => null,
    };

    /// <summary>The option letter of a multiple-choice answer ("B", "B.", "(B)", "B. 42"), when the question lists that option.</summary>
    private static string? Letter(string question, string answer)
    {
        var match = AnswerLetter().Match(answer);
        if (!match.Success)
        {
            return null;
        }

        var letter = match.Groups["letter"].Value.ToUpperInvariant();
        return OptionLine().Matches(question).Any(m => m.Groups["letter"].Value == letter) ? letter : null;
    }

    [GeneratedRegex(@"[\s_/]+")]
    private static partial Regex TypeSeparators();

    [GeneratedRegex(@"^\(?(?<letter>[A-Ha-h])(?:[.):]|\s|$)")]
    private static partial Regex AnswerLetter();

    [GeneratedRegex(@"(?m)^\s*\(?(?<letter>[A-H])[.)]\s")]
    private static partial Regex OptionLine();
}
