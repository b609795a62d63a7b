using System.Text;
using System.Text.RegularExpressions;

namespace Cosyn.Rendering.Latex;

/// <summary>
/// What <c>\dump</c> loses of the main vertical list, read from the <c>\showlists</c> report of the <c>-ini</c> run
/// and replayed as TeX: a standard class leaves an empty <c>\write</c> (from <c>\onecolumn</c>'s
/// <c>\clearpage</c>), a colour package a colour-stack push, and a previous depth. Without them the first item
/// on page 1 keeps or loses its glue differently (a table caption moves up by 18 pt).
/// </summary>
public static partial class PageListFixup
{
    /// <summary>The TeX that recreates the list <paramref name="iniLog"/> reports, or null when it holds anything else (then no format is used).</summary>
    public static string? Parse(string iniLog)
    {
        var log = (iniLog ?? "").Replace("\r", "", StringComparison.Ordinal);
        var start = log.LastIndexOf("### vertical mode entered at line 0", StringComparison.Ordinal);
        var end = start < 0 ? -1 : log.IndexOf("! OK.", start, StringComparison.Ordinal);
        if (end < 0)
        {
            return null;
        }

        var lines = log[start..end].Split('\n').Skip(1).Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToList();
        var fixup = new StringBuilder();
        var onPage = false;
        foreach (var line in lines)
        {
            if (line == "### current page:")
            {
                onPage = true;
            }
            else if (line == "prevdepth ignored")
            {
                onPage = false;
            }
            else if (PrevDepth().Match(line) is { Success: true } depth)
            {
                fixup.Append("\\prevdepth=").Append(depth.Groups[1].Value).Append("pt");
                onPage = false;
            }
            else if (onPage && line == "\\write-{}")
            {
                fixup.Append("\\write-1{}");
            }
            else if (onPage && ColorStack().IsMatch(line))
            {
                fixup.Append(line);
            }
            else
            {
                // Boxes, glue, contributions not yet on the page, a paragraph count: not replayable as a prefix.
                return null;
            }
        }

        return fixup.ToString();
    }

    [GeneratedRegex(@"^prevdepth (-?\d+(\.\d+)?)$")]
    private static partial Regex PrevDepth();

    [GeneratedRegex(@"^\\pdfcolorstack \d{1,3} (push|set) \{[0-9A-Za-z .]{0,80}\}$|^\\pdfcolorstack \d{1,3} pop$")]
    private static partial Regex ColorStack();
}
