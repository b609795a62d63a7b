using System.Text.RegularExpressions;

namespace Cosyn.Rendering;

/// <summary>
/// Turns a tool's multi-line error into the one-line reason a failure carries, keeping the informative lines: a
/// message that starts with a newline, a parser's "Expecting ..., got ..." line, a caret line dropped.
/// </summary>
public static partial class FailureText
{
    /// <summary>Longest reason kept; the log excerpt holds the rest.</summary>
    public const int MaxLength = 300;

    /// <summary>The non-empty lines of <paramref name="text"/> joined into one, token lists shortened, capped at <see cref="MaxLength"/>.</summary>
    public static string OneLine(string? text)
    {
        var lines = (text ?? "").ReplaceLineEndings("\n").Split('\n')
            .Select(l => Whitespace().Replace(l, " ").Trim())
            .Where(l => l.Length > 0 && !CaretLine().IsMatch(l))
            .Select(ShortenExpectedTokens)
            .ToList();
        var line = string.Join(" ", lines);
        return line.Length <= MaxLength ? line : line[..(MaxLength - 1)].TrimEnd() + "…";
    }

    // Jison parsers (Mermaid, Vega expressions) list every token they expected before saying what they found.
    private static string ShortenExpectedTokens(string line)
    {
        var match = ExpectedTokens().Match(line);
        if (!match.Success)
        {
            return line;
        }

        var tokens = match.Groups["tokens"].Value.Split(", ");
        var shown = tokens.Length <= 4 ? string.Join(", ", tokens) : $"{string.Join(", ", tokens.Take(4))} or {tokens.Length - 4} more";
        return $"{line[..match.Index]}expecting {shown}, got {match.Groups["got"].Value}";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^[-^~ ]*\^[-^~ ]*$")]
    private static partial Regex CaretLine();

    [GeneratedRegex(@"Expecting (?<tokens>'[^']*'(?:, '[^']*')*), got (?<got>.+)$")]
    private static partial Regex ExpectedTokens();
}
