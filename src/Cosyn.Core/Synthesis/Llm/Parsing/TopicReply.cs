using System.Text.Json;
using System.Text.RegularExpressions;

namespace Cosyn.Synthesis.Llm.Parsing;

/// <summary>Parses the topic stage's reply: <c>{"topics": [...]}</c>, a bare JSON array, or (tolerantly) a numbered or bulleted list.</summary>
public static partial class TopicReply
{
    public static Parsed<IReadOnlyList<string>> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var topics = FromJson(text) ?? FromList(text);
        topics = topics.Select(t => t.Trim().Trim('"').Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return topics.Count == 0
            ? ParseOutcome.Fail<IReadOnlyList<string>>("it contains no topics")
            : ParseOutcome.Success<IReadOnlyList<string>>(topics);
    }

    private static List<string>? FromJson(string text)
    {
        if (ReplyText.JsonList(text, "topics") is not { } root)
        {
            return null;
        }

        return root.ValueKind == JsonValueKind.Array
            ? root.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
            : null;
    }

    private static List<string> FromList(string text) =>
        text.Split('\n').Select(line => ListItem().Match(line)).Where(m => m.Success).Select(m => m.Groups["item"].Value).ToList();

    [GeneratedRegex(@"^\s*(?:\d+[.)]|[-*•])\s+(?<item>.+?)\s*$")]
    private static partial Regex ListItem();
}
