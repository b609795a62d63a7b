using System.Text.Json;
using Cosyn.Families.Points;

namespace Cosyn.Synthesis.Llm.Parsing;

/// <summary>Parses the pointing stage's reply: <c>{"questions": [{"question": "Point to ...", "targets": ["id", ...]}]}</c>.</summary>
public static class PointReply
{
    public static Parsed<IReadOnlyList<PointQuestion>> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (ReplyText.JsonList(text, "questions") is not { } root)
        {
            return Fail("it does not contain valid JSON");
        }

        if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() == 0)
        {
            return Fail("it has no \"questions\" array with at least one question");
        }

        var questions = new List<PointQuestion>();
        var number = 0;
        foreach (var item in root.EnumerateArray())
        {
            number++;
            var question = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("question", out var q) && q.ValueKind == JsonValueKind.String ? q.GetString()!.Trim() : string.Empty;
            var targets = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("targets", out var t) ? Targets(t) : [];
            if (question.Length == 0 || targets.Count == 0)
            {
                return Fail($"question {number} lacks a \"question\" text or a non-empty \"targets\" list of mark ids");
            }

            questions.Add(new PointQuestion(question, targets));
        }

        return ParseOutcome.Success<IReadOnlyList<PointQuestion>>(questions);
    }

    // A lone id written as a string instead of a one-item list is what it means.
    private static List<string> Targets(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => [.. new[] { value.GetString()!.Trim() }.Where(id => id.Length > 0)],
        JsonValueKind.Array => [.. value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!.Trim()).Where(id => id.Length > 0).Distinct(StringComparer.Ordinal)],
        _ => [],
    };

    private static Parsed<IReadOnlyList<PointQuestion>> Fail(string problem) => ParseOutcome.Fail<IReadOnlyList<PointQuestion>>(problem);
}
