using System.Text.RegularExpressions;

namespace Cosyn.Rendering.Latex;

/// <summary>Reads a TeX .log: the first <c>! </c> error with its <c>l.N</c> context becomes a <see cref="RenderFailure"/>.</summary>
public static partial class LatexLogParser
{
    // Errors that mean the source is malformed, as opposed to a valid document that cannot be built here.
    private static readonly string[] SyntaxErrors =
    [
        "Undefined control sequence", "Missing $ inserted", "Missing { inserted", "Missing } inserted", "Extra }",
        "Extra alignment tab", "Misplaced alignment tab", "Misplaced \\", "Paragraph ended before", "Runaway argument",
        "LaTeX Error: Environment", "ended by \\end", "Missing \\begin{document}", "Illegal unit", "Missing number", "Extra \\else",
        "Extra \\or", "Extra \\fi", "Too many }'s", "Display math should end with $$", "Bad math environment delimiter",
        "Missing \\endcsname", "Missing control sequence", "Missing \\right", "Extra \\right", "Illegal parameter number",
        "Can be used only in preamble", "Lonely \\item", "There's no line here to end", "Double superscript",
        "Double subscript", "Package pgfkeys Error: I do not know the key", "Argument of", "File ended while scanning",
        "job aborted, no legal \\end found", EndedEarly,
    ];

    private const string EndedEarly = "Emergency stop: the file ended before \\end{document}";

    /// <summary>The first error in <paramref name="log"/> as a failure, or null when the log has none.</summary>
    public static RenderFailure? FirstError(string tool, string log)
    {
        var lines = (log ?? "").Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var at = Array.FindIndex(lines, l => l.StartsWith("! ", StringComparison.Ordinal));
        if (at < 0)
        {
            return null;
        }

        var error = WithAbortReason(lines[at][2..].Trim(), lines, at);
        var context = Array.FindIndex(lines, at, Math.Min(lines.Length - at, 20), l => ContextLine().IsMatch(l));
        var lineNumber = context >= 0 ? ContextLine().Match(lines[context]).Groups[1].Value : null;
        var excerptEnd = context >= 0 ? Math.Min(context + 1, lines.Length - 1) : Math.Min(at + 3, lines.Length - 1);
        var excerpt = LogExcerpt.Tail(string.Join('\n', lines[at..(excerptEnd + 1)]).TrimEnd());
        var (kind, message) = Classify(error, context >= 0 ? lines[context] : "");
        var where = lineNumber is null ? "" : $" (line {lineNumber})";
        return new RenderFailure(tool, kind, message + where, excerpt);
    }

    /// <summary>The failure for a log without a TeX error but without a PDF either.</summary>
    public static RenderFailure NoOutput(string tool, string log) =>
        (log ?? "").Contains("No pages of output", StringComparison.Ordinal)
            ? new(tool, RenderFailureKind.NoOutput, "the document produced no pages", LogExcerpt.Tail(log))
            : new(tool, RenderFailureKind.NoOutput, "LaTeX produced no PDF", LogExcerpt.Tail(log));

    // "! Emergency stop." says nothing. Without -halt-on-error TeX prints why ("*** (job aborted, no legal \end
    // found)"); with it, the stop at the top-level file ("<*> doc.tex") with nothing else means the input ran out.
    private static string WithAbortReason(string error, string[] lines, int at)
    {
        if (!error.StartsWith("Emergency stop", StringComparison.Ordinal))
        {
            return error;
        }

        var next = lines.Skip(at + 1).Take(6).ToList();
        var reason = next.FirstOrDefault(l => l.StartsWith("*** (", StringComparison.Ordinal));
        return reason is not null ? $"Emergency stop: {reason[5..].TrimEnd(')', ' ')}"
            : next.FirstOrDefault()?.StartsWith("<*>", StringComparison.Ordinal) == true ? EndedEarly
            : error;
    }

    private static (RenderFailureKind Kind, string Message) Classify(string error, string contextLine)
    {
        if (MissingFile().Match(error) is { Success: true } missing)
        {
            var file = missing.Groups[1].Value;
            var what = file.EndsWith(".sty", StringComparison.Ordinal) ? $"missing package {file[..^4]}"
                : file.EndsWith(".cls", StringComparison.Ordinal) ? $"missing document class {file[..^4]}"
                : $"missing file {file}";
            return (RenderFailureKind.Runtime, $"{what}: {error}");
        }

        if (error.StartsWith("TeX capacity exceeded", StringComparison.Ordinal))
        {
            return (RenderFailureKind.Memory, error);
        }

        if (error.StartsWith("Undefined control sequence", StringComparison.Ordinal)
            && LastControlSequence().Match(contextLine) is { Success: true } name)
        {
            return (RenderFailureKind.Syntax, $"Undefined control sequence {name.Value}");
        }

        return SyntaxErrors.Any(s => error.Contains(s, StringComparison.Ordinal))
            ? (RenderFailureKind.Syntax, error)
            : (RenderFailureKind.Runtime, error);
    }

    [GeneratedRegex(@"^l\.(\d+)")]
    private static partial Regex ContextLine();

    [GeneratedRegex(@"File `([^']+)' not found")]
    private static partial Regex MissingFile();

    [GeneratedRegex(@"\\[A-Za-z@]+\s*$")]
    private static partial Regex LastControlSequence();
}
