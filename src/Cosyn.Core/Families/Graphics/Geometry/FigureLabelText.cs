using System.Text.RegularExpressions;

namespace Cosyn.Families.Graphics.Geometry;

/// <summary>Figure label text (plain, e.g. <c>6 cm</c>, <c>40°</c>, <c>r = 3 m</c>) as TeX for Asymptote: math in <c>$…$</c>, the unit upright after it.</summary>
public static partial class FigureLabelText
{
    public static string ToTex(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var match = UnitSuffix().Match(label);
        var (math, unit) = match.Success ? (match.Groups["m"].Value, match.Groups["u"].Value) : (label, string.Empty);
        math = math.Replace("°", "^\\circ", StringComparison.Ordinal).Replace("π", "\\pi", StringComparison.Ordinal);
        math = Sqrt().Replace(math, "\\sqrt{${n}}");
        return $"${math}$" + (unit.Length > 0 ? "~" + unit : string.Empty);
    }

    [GeneratedRegex(@"^(?<m>.+?) (?<u>cm|mm|m|in|ft|km)$")]
    private static partial Regex UnitSuffix();

    [GeneratedRegex(@"√(?<n>\d+)")]
    private static partial Regex Sqrt();
}
