using System.Text.RegularExpressions;

namespace Cosyn.Rendering.Lilypond;

/// <summary>
/// Which scores may share a LilyPond process, and how that process's log is split back per score.
/// LilyPond 2.24 has no safe mode: embedded Scheme runs for real and could tamper with the other scores of a
/// shared process (rewrite their inputs or outputs, print fake log lines). So only scores that cannot run code
/// or touch files are batched; everything else renders alone, as before.
/// </summary>
public static partial class LilypondBatching
{
    /// <summary>Commands that read or name files (or rename the source in messages): a score using one renders alone.</summary>
    private static readonly string[] FileCommands =
    [
        "\\include", "\\sourcefilename", "\\sourcefileline", "\\bookOutputName", "\\bookOutputSuffix",
        "output-filename", "output-suffix", "\\verbatim-file", "\\epsfile", "\\lilypond-file",
    ];

    /// <summary>
    /// True when <paramref name="code"/> can share a process: no <c>$</c> at all, no file commands, and every
    /// <c>#</c> starts a plain literal (<c>##t</c>, <c>##f</c>, <c>#'symbol</c>, <c>#"string"</c>, a number, or an
    /// upper-case constant such as <c>#UP</c>). Anything else (<c>#(</c>, <c>#{</c>, <c>#`</c>, <c>#'(</c>,
    /// <c>#proc</c>, even a <c>#</c> in a title) is refused: false negatives only cost speed.
    /// </summary>
    public static bool IsBatchable(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Contains('$', StringComparison.Ordinal) || FileCommands.Any(c => code.Contains(c, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        for (var at = code.IndexOf('#', StringComparison.Ordinal); at >= 0; at = code.IndexOf('#', at + 1))
        {
            var literal = SchemeLiteral().Match(code, at);
            if (!literal.Success)
            {
                return false;
            }

            at += literal.Length - 1;
        }

        return true;
    }

    /// <summary>
    /// Splits a multi-file run's stderr at LilyPond's <c>Processing `NAME'</c> lines. Entry i is the log of
    /// <paramref name="files"/>[i], or null when its section is missing or not known to be complete (the run
    /// stopped or the log was elided within it). A section is complete when the next file's line follows it,
    /// or, for the last file, when <paramref name="finished"/> (the process ended on its own).
    /// </summary>
    public static string?[] SplitLog(string stderr, IReadOnlyList<string> files, bool finished)
    {
        ArgumentNullException.ThrowIfNull(files);
        var lines = (stderr ?? "").Split('\n');
        var starts = files.Select(f => Array.IndexOf(lines, $"Processing `{f}'")).ToArray();
        var sections = new string?[files.Count];
        for (var i = 0; i < files.Count; i++)
        {
            var end = i + 1 < files.Count ? starts[i + 1] : (finished ? lines.Length : -1);
            if (starts[i] < 0 || end <= starts[i])
            {
                continue;
            }

            var section = string.Join('\n', lines[starts[i]..end]);
            sections[i] = section.Contains("characters elided ...]", StringComparison.Ordinal) ? null : section;
        }

        return sections;
    }

    // ##t / ##f, #'symbol, #"string", numbers, and constants such as #UP or #LEFT; no parentheses, no procedures.
    [GeneratedRegex("""\G#(?:#[tf](?![\w-])|'[A-Za-z][\w-]*(?![\w(:-])|"|[-+]?\.?\d|[A-Z][A-Z_]*(?![\w:-]))""")]
    private static partial Regex SchemeLiteral();
}
