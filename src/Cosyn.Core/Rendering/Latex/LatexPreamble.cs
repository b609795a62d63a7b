using System.Text.RegularExpressions;

namespace Cosyn.Rendering.Latex;

/// <summary>
/// The part of a document's preamble worth precompiling: from the first line through the last line that loads
/// a class, package or library. What follows (colour definitions, lengths, the body) changes from sample to
/// sample and is read at compile time as usual.
/// </summary>
public sealed partial class LatexPreamble
{
    private LatexPreamble(string[] lines, int prefixLines)
    {
        _lines = lines;
        PrefixLines = prefixLines;
        Prefix = string.Join('\n', lines[..prefixLines]);
    }

    private readonly string[] _lines;

    /// <summary>The precompiled lines, verbatim: the format's cache key is their hash.</summary>
    public string Prefix { get; }

    /// <summary>How many lines of the document the format replaces.</summary>
    public int PrefixLines { get; }

    /// <summary>
    /// The source of the <c>-ini</c> run: the prefix, then a look at the main vertical list (the class may already
    /// have put whatsits there, which <c>\dump</c> drops; <see cref="PageListFixup"/> puts them back), then <c>\dump</c>.
    /// The look is in a group so the dumped show parameters stay LaTeX's.
    /// </summary>
    public string IniSource => Prefix + "\n\\begingroup\\showboxdepth=1 \\showboxbreadth=100 \\showlists\\endgroup\n\\dump\n";

    /// <summary>
    /// The document to compile against the format: prefix lines become comment lines (so every line keeps its number
    /// in error messages) and the last of them carries <paramref name="fixup"/>; the rest is unchanged.
    /// </summary>
    public string Document(string fixup)
    {
        var lines = (string[])_lines.Clone();
        for (var i = 0; i < PrefixLines; i++)
        {
            lines[i] = "%";
        }

        lines[PrefixLines - 1] = fixup + "%";
        return string.Join('\n', lines);
    }

    /// <summary>The precompilable prefix of <paramref name="code"/>, or null when it has none worth a format or one a format cannot reproduce.</summary>
    public static LatexPreamble? Split(string code)
    {
        var lines = (code ?? "").Split('\n');
        var begin = Array.FindIndex(lines, l => BeginDocument().IsMatch(Uncommented(l)));
        if (begin <= 0)
        {
            return null;
        }

        var last = Array.FindLastIndex(lines, begin - 1, begin, l => Loader().IsMatch(l));
        if (last < 0 || !lines[..(last + 1)].Any(l => DocumentClass().IsMatch(l)))
        {
            return null;
        }

        // A loader whose options run over several lines: extend to where its braces and brackets close.
        while (!Balanced(lines[..(last + 1)]) && last + 1 < begin)
        {
            last++;
        }

        var prefix = lines[..(last + 1)];
        return Balanced(prefix) && !prefix.Any(l => Unsafe().IsMatch(Uncommented(l))) ? new LatexPreamble(lines, last + 1) : null;
    }

    private static bool Balanced(IEnumerable<string> lines)
    {
        int braces = 0, brackets = 0;
        foreach (var c in lines.SelectMany(l => EscapesRemoved().Replace(Uncommented(l), "")))
        {
            braces += c == '{' ? 1 : c == '}' ? -1 : 0;
            brackets += c == '[' ? 1 : c == ']' ? -1 : 0;
        }

        return braces == 0 && brackets == 0;
    }

    private static string Uncommented(string line) => UnescapedPercent().Match(line) is { Success: true } m ? line[..m.Index] : line;

    [GeneratedRegex(@"^\s*\\(documentclass|usepackage|RequirePackage|usetikzlibrary|usepgfplotslibrary|input)\b")]
    private static partial Regex Loader();

    [GeneratedRegex(@"^\s*\\documentclass\b")]
    private static partial Regex DocumentClass();

    [GeneratedRegex(@"\\begin\s*\{document\}")]
    private static partial Regex BeginDocument();

    // Catcode and end-of-line changes would change how the comment lines of Document() read; \jobname and
    // \input of the document's own files depend on the run; \dump is the format step's own.
    [GeneratedRegex(@"\\(catcode|endlinechar|jobname|dump|everyjob|openout|openin|immediate|directlua|write18)\b")]
    private static partial Regex Unsafe();

    [GeneratedRegex(@"(?<!\\)(\\\\)*%")]
    private static partial Regex UnescapedPercent();

    [GeneratedRegex(@"\\.")]
    private static partial Regex EscapesRemoved();
}
