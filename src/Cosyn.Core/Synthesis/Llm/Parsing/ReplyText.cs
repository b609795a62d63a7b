using System.Text.Json;

namespace Cosyn.Synthesis.Llm.Parsing;

/// <summary>
/// Tolerant extraction from model replies: code fences present or missing (or left unclosed by a truncated
/// reply), JSON wrapped in prose or fences, or followed by trailing remarks.
/// </summary>
public static class ReplyText
{
    private static readonly Dictionary<string, string[]> Aliases = new(StringComparer.Ordinal)
    {
        ["python"] = ["python", "py", "python3"],
        ["latex"] = ["latex", "tex"],
        ["dot"] = ["dot", "graphviz", "gv"],
        ["asy"] = ["asy", "asymptote"],
        ["lilypond"] = ["lilypond", "ly"],
        ["svg"] = ["svg", "xml"],
        ["json"] = ["json", "vega-lite", "vegalite", "jsonc"],
    };

    /// <summary>Every fenced block, in order. A final block without its closing fence runs to the end of the text.</summary>
    public static IReadOnlyList<FencedBlock> FencedBlocks(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var blocks = new List<FencedBlock>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        string? language = null;
        var body = new StringBuilder();
        foreach (var line in lines)
        {
            var trimmed = line.TrimStart();
            if (language is null)
            {
                if (trimmed.StartsWith("```", StringComparison.Ordinal))
                {
                    language = trimmed[3..].Trim().Split(' ', 2)[0].ToLowerInvariant();
                    body.Clear();
                }
            }
            else if (trimmed.TrimEnd() == "```")
            {
                blocks.Add(new FencedBlock(language, body.ToString().TrimEnd('\n')));
                language = null;
            }
            else
            {
                body.Append(line).Append('\n');
            }
        }

        if (language is not null && body.Length > 0)
        {
            blocks.Add(new FencedBlock(language, body.ToString().TrimEnd('\n')));
        }

        return blocks;
    }

    /// <summary>
    /// The code of a reply: the block in <paramref name="fence"/>'s language (or an alias), else the longest block,
    /// else the whole reply when it has no fences at all. Null when there is nothing.
    /// </summary>
    public static string? Code(string text, string fence)
    {
        ArgumentNullException.ThrowIfNull(text);
        var blocks = FencedBlocks(text);
        if (blocks.Count == 0)
        {
            var whole = text.Trim();
            return whole.Length == 0 ? null : whole;
        }

        var names = Aliases.TryGetValue(fence, out var known) ? known : [fence];
        var match = blocks.Where(b => names.Contains(b.Language, StringComparer.Ordinal)).MaxBy(b => b.Body.Length)
            ?? blocks.MaxBy(b => b.Body.Length)!;
        var code = match.Body.Trim('\n');
        return code.Trim().Length == 0 ? null : code;
    }

    /// <summary>The first JSON object or array in a reply: the whole text, a fenced block, or the first balanced span that parses.</summary>
    public static string? Json(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var candidates = new List<string> { text.Trim() };
        candidates.AddRange(FencedBlocks(text).Select(b => b.Body.Trim()));
        foreach (var candidate in candidates)
        {
            if (Parses(candidate))
            {
                return candidate;
            }
        }

        for (var start = 0; start < text.Length; start++)
        {
            if (text[start] is '{' or '[' && BalancedEnd(text, start) is { } end)
            {
                var span = text[start..(end + 1)];
                if (Parses(span))
                {
                    return span;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The reply's JSON list: the top-level value, or the value under <paramref name="property"/> when the top level is an
    /// object holding it (the caller checks that it is an array); null when the reply holds no valid JSON.
    /// </summary>
    public static JsonElement? JsonList(string text, string property)
    {
        if (Json(text) is not { } json)
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        // Cloned: the element outlives the document it was read from.
        return (root.ValueKind == JsonValueKind.Object && root.TryGetProperty(property, out var list) ? list : root).Clone();
    }

    private static bool Parses(string candidate)
    {
        if (candidate.Length == 0 || candidate[0] is not ('{' or '['))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(candidate);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Index of the bracket closing the one at <paramref name="start"/>, skipping strings; null when unbalanced.</summary>
    private static int? BalancedEnd(string text, int start)
    {
        var depth = 0;
        var inString = false;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inString = true;
                    break;
                case '{' or '[':
                    depth++;
                    break;
                case '}' or ']':
                    depth--;
                    if (depth == 0)
                    {
                        return i;
                    }

                    break;
            }
        }

        return null;
    }
}
