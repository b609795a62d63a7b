using System.Text.RegularExpressions;

namespace Cosyn.Rendering.Graphviz;

/// <summary>Reads Graphviz's stderr: <c>Error: &lt;stdin&gt;: syntax error in line N near 'x'</c> and friends.</summary>
public static partial class GraphvizFailureParser
{
    /// <summary>The failure for a <c>dot</c> run that exited with <paramref name="exitCode"/>, or null when it succeeded.</summary>
    public static RenderFailure? Classify(string tool, int exitCode, string stderr)
    {
        var text = stderr ?? "";
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var at = Array.FindIndex(lines, l => l.StartsWith("Error:", StringComparison.Ordinal));
        if (exitCode == 0 && at < 0)
        {
            return null;
        }

        var excerpt = LogExcerpt.Tail(at < 0 ? text : string.Join('\n', lines[at..Math.Min(lines.Length, at + 4)]));
        if (MemoryError().IsMatch(text))
        {
            return new(tool, RenderFailureKind.Memory, "graphviz ran out of memory", excerpt);
        }

        if (at < 0)
        {
            var crash = exitCode > 128 ? $"dot crashed (signal {exitCode - 128}); the graph may be too large or deep" : $"dot exited with code {exitCode}";
            return new(tool, RenderFailureKind.Runtime, crash, excerpt);
        }

        var message = SourcePrefix().Replace(lines[at]["Error:".Length..].Trim(), "");
        var kind = message.Contains("syntax error", StringComparison.Ordinal) || message.Contains("mismatched tag", StringComparison.Ordinal)
            ? RenderFailureKind.Syntax
            : RenderFailureKind.Runtime;
        return new(tool, kind, message, excerpt);
    }

    [GeneratedRegex(@"^(<stdin>|[^:\s]+\.(gv|dot)):\s*")]
    private static partial Regex SourcePrefix();

    [GeneratedRegex(@"out of memory|Cannot allocate memory|bad_alloc", RegexOptions.IgnoreCase)]
    private static partial Regex MemoryError();
}
