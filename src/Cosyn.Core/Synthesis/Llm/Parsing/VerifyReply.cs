using System.Text.Json;

namespace Cosyn.Synthesis.Llm.Parsing;

/// <summary>Parses the verify call's reply: one short answer per numbered question, in question order.</summary>
public static class VerifyReply
{
    public static Parsed<IReadOnlyList<string>> Parse(string text, int questions)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (ReplyText.Json(text) is not { } json)
        {
            return ParseOutcome.Fail<IReadOnlyList<string>>("it does not contain valid JSON");
        }

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("answers", out var list))
        {
            root = list;
        }

        if (root.ValueKind != JsonValueKind.Array)
        {
            return ParseOutcome.Fail<IReadOnlyList<string>>("it has no \"answers\" array");
        }

        var answers = new string?[questions];
        var position = 0;
        foreach (var item in root.EnumerateArray())
        {
            // The number says which question; without one, the order does.
            var index = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("number", out var n) && n.TryGetInt32(out var number) ? number - 1 : position;
            position++;
            var answer = item.ValueKind switch
            {
                JsonValueKind.Object when item.TryGetProperty("answer", out var a) => a.ValueKind == JsonValueKind.String ? a.GetString() : a.GetRawText(),
                JsonValueKind.String => item.GetString(),
                _ => null,
            };
            if (index >= 0 && index < questions && !string.IsNullOrWhiteSpace(answer))
            {
                answers[index] = answer.Trim();
            }
        }

        var missing = answers.Select((a, i) => (a, i)).Where(x => x.a is null).Select(x => x.i + 1).ToList();
        return missing.Count > 0
            ? ParseOutcome.Fail<IReadOnlyList<string>>($"it answers {questions - missing.Count} of {questions} questions; missing: {string.Join(", ", missing)}")
            : ParseOutcome.Success<IReadOnlyList<string>>([.. answers.Select(a => a!)]);
    }
}
