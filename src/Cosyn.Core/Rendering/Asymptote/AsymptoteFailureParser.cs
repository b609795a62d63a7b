using System.Text.RegularExpressions;

namespace Cosyn.Rendering.Asymptote;

/// <summary>Reads asy's diagnostics, <c>figure.asy: 5.10: no matching variable 'x'</c>, preferring one in the user's file.</summary>
public static partial class AsymptoteFailureParser
{
    // Compile-time diagnostics: the code does not parse or type-check.
    private static readonly string[] SyntaxErrors =
    [
        "syntax error", "no matching variable", "no matching function", "no matching field", "no matching types",
        "cannot convert", "could not load module", "unexpected end of input", "cannot call", "no type of name",
        "invalid", "used as", "must be", "is not a", "ambiguous",
    ];

    /// <summary>The failure for an asy run that exited non-zero, given its combined output and the user's file name.</summary>
    public static RenderFailure Classify(string tool, string output, string userFile)
    {
        var text = (output ?? "").Trim();
        var excerpt = LogExcerpt.Tail(text);
        if (MemoryError().IsMatch(text))
        {
            return new(tool, RenderFailureKind.Memory, "asymptote ran out of memory", excerpt);
        }

        var diagnostics = Diagnostic().Matches(text);
        var chosen = diagnostics.FirstOrDefault(m => m.Groups["file"].Value == userFile) ?? diagnostics.FirstOrDefault();
        if (chosen is null)
        {
            var first = text.Split('\n')[0].Trim();
            return new(tool, RenderFailureKind.Runtime, first.Length > 0 ? first : "asy failed without a diagnostic", excerpt);
        }

        var message = chosen.Groups["message"].Value.Trim();
        var where = chosen.Groups["file"].Value == userFile
            ? $" (line {chosen.Groups["line"].Value}, column {chosen.Groups["column"].Value})"
            : $" (in {Path.GetFileName(chosen.Groups["file"].Value)})";
        var isRuntime = message.StartsWith("runtime:", StringComparison.Ordinal) || !SyntaxErrors.Any(s => message.Contains(s, StringComparison.Ordinal));
        return new(tool, isRuntime ? RenderFailureKind.Runtime : RenderFailureKind.Syntax, message + where + ShipoutCause(message, text), excerpt);
    }

    // "shipout failed" only says the picture could not be written; the cause is TeX's or Ghostscript's first error.
    private static string ShipoutCause(string message, string text)
    {
        if (!message.Contains("shipout failed", StringComparison.Ordinal))
        {
            return "";
        }

        var gs = GhostscriptError().Match(text);
        if (gs.Success)
        {
            return ": Ghostscript " + gs.Groups["error"].Value.Trim();
        }

        var tex = TexError().Match(text);
        return tex.Success ? ": TeX " + tex.Groups["error"].Value.Trim() : "";
    }

    [GeneratedRegex(@"^Error: (?<error>/\w+ in .+)$", RegexOptions.Multiline)]
    private static partial Regex GhostscriptError();

    [GeneratedRegex(@"^! (?<error>.+)$", RegexOptions.Multiline)]
    private static partial Regex TexError();

    [GeneratedRegex(@"^(?<file>\S+\.asy): (?<line>\d+)\.(?<column>\d+): (?<message>.+)$", RegexOptions.Multiline)]
    private static partial Regex Diagnostic();

    [GeneratedRegex(@"out of memory|memory exhausted|bad_alloc|Cannot allocate", RegexOptions.IgnoreCase)]
    private static partial Regex MemoryError();
}
