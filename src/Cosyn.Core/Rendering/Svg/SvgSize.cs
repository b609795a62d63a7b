using System.Text.RegularExpressions;

namespace Cosyn.Rendering.Svg;

/// <summary>Whether an SVG's root element fixes its own size; cheap text inspection, no XML parsing of untrusted input in-process.</summary>
public static partial class SvgSize
{
    /// <summary>True when the root <c>&lt;svg&gt;</c> has an absolute width (not a percentage).</summary>
    public static bool HasIntrinsicWidth(string code)
    {
        var root = RootElement().Match(code ?? "");
        return root.Success && AbsoluteWidth().IsMatch(root.Value);
    }

    [GeneratedRegex(@"<svg\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex RootElement();

    [GeneratedRegex(@"\swidth\s*=\s*[""']\s*[\d.]+\s*(px|pt|pc|mm|cm|in|em|ex)?\s*[""']", RegexOptions.IgnoreCase)]
    private static partial Regex AbsoluteWidth();
}
