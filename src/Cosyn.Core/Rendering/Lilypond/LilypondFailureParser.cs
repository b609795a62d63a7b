using System.Text.RegularExpressions;

namespace Cosyn.Rendering.Lilypond;

/// <summary>
/// Reads LilyPond's stderr: the first <c>score.ly:3:5: error: ...</c> with its two context lines. LilyPond
/// carries on after most errors (Scheme errors even end in "Success"), so any error line is a failure.
/// </summary>
public static partial class LilypondFailureParser
{
    /// <summary>The failure for a run that printed <paramref name="stderr"/> and exited with <paramref name="exitCode"/>, or null when it succeeded.</summary>
    public static RenderFailure? Classify(string tool, int exitCode, string stderr)
    {
        var lines = (stderr ?? "").Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        if (MemoryError().IsMatch(stderr ?? ""))
        {
            return new(tool, RenderFailureKind.Memory, "lilypond ran out of memory", LogExcerpt.Tail(stderr));
        }

        var at = Array.FindIndex(lines, l => ErrorLine().IsMatch(l));
        if (at < 0)
        {
            return exitCode == 0 ? null : new(tool, RenderFailureKind.Runtime, FatalLine(lines) ?? $"lilypond exited with code {exitCode}", LogExcerpt.Tail(stderr));
        }

        var match = ErrorLine().Match(lines[at]);
        var where = $" (line {match.Groups["line"].Value}, column {match.Groups["column"].Value})";
        var message = match.Groups["message"].Value.Trim();
        var excerpt = LogExcerpt.Tail(string.Join('\n', lines[at..Math.Min(lines.Length, at + 3)]));
        if (message.StartsWith("Guile signaled an error", StringComparison.Ordinal))
        {
            // The Scheme error itself follows the echoed expression.
            var detail = lines.Skip(at + 1).Take(6).FirstOrDefault(l => SchemeError().IsMatch(l))?.Trim();
            return new(tool, RenderFailureKind.Runtime, (detail ?? message) + where, excerpt);
        }

        return new(tool, RenderFailureKind.Syntax, message + where, excerpt);
    }

    private static string? FatalLine(string[] lines) =>
        lines.FirstOrDefault(l => l.StartsWith("fatal error:", StringComparison.Ordinal))?.Trim();

    [GeneratedRegex(@"^(?<file>[^:\s]+\.ly):(?<line>\d+):(?<column>\d+): error: (?<message>.*)$")]
    private static partial Regex ErrorLine();

    [GeneratedRegex(@"^\s*(Unbound variable|Wrong type|Wrong number of arguments|In procedure|Throw to key|unbound|ERROR)", RegexOptions.IgnoreCase)]
    private static partial Regex SchemeError();

    [GeneratedRegex(@"out of memory|Too many heap sections|bad_alloc|Cannot allocate", RegexOptions.IgnoreCase)]
    private static partial Regex MemoryError();
}
