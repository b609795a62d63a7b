using System.Text.RegularExpressions;

namespace Cosyn.Rendering.Svg;

/// <summary>Reads rsvg-convert's stderr: XML parse errors (with line and column) are syntax, the rest runtime.</summary>
public static partial class SvgFailureParser
{
    /// <summary>The failure for an rsvg-convert run that exited non-zero.</summary>
    public static RenderFailure Classify(string tool, int exitCode, string stderr)
    {
        var text = (stderr ?? "").Trim();
        var excerpt = LogExcerpt.Tail(text);
        if (XmlError().Match(text) is { Success: true } xml)
        {
            return new(tool, RenderFailureKind.Syntax, $"XML parse error at line {xml.Groups[1].Value}, column {xml.Groups[2].Value}: {xml.Groups[3].Value.Trim()}", excerpt);
        }

        if (text.Contains("larger than 32767 pixels", StringComparison.Ordinal))
        {
            return new(tool, RenderFailureKind.ImageRejected, "image too large: over 32767 pixels on a side", excerpt);
        }

        if (MemoryError().IsMatch(text))
        {
            return new(tool, RenderFailureKind.Memory, "rsvg-convert ran out of memory", excerpt);
        }

        var first = text.Split('\n')[0].Trim();
        return new(tool, RenderFailureKind.Runtime, first.Length > 0 ? first : $"rsvg-convert exited with code {exitCode}", excerpt);
    }

    [GeneratedRegex(@"XML parse error: .*? on line (\d+) column (\d+) of data: (.*)")]
    private static partial Regex XmlError();

    [GeneratedRegex(@"out of memory|no memory|Cannot allocate|failed to allocate", RegexOptions.IgnoreCase)]
    private static partial Regex MemoryError();
}
