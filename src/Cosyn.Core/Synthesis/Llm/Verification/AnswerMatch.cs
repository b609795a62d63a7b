using System.Text.RegularExpressions;

namespace Cosyn.Synthesis.Llm.Verification;

/// <summary>
/// Whether two answers to one question agree, relaxed the way a grader would be: numbers within a relative
/// tolerance (5 % by default; units, thousands separators and % signs ignored), other text equal ignoring case,
/// punctuation and spacing.
/// </summary>
public static partial class AnswerMatch
{
    public const double DefaultTolerance = 0.05;

    public static bool Agrees(string first, string second, double tolerance = DefaultTolerance)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (Number(first) is { } a && Number(second) is { } b)
        {
            var scale = Math.Max(Math.Abs(a), Math.Abs(b));
            return scale == 0 || Math.Abs(a - b) <= tolerance * scale;
        }

        return Words(first) == Words(second);
    }

    /// <summary>The value of an answer that is one number with at most a unit or currency around it ("$1,200", "12.5 kg", "-3%"); null otherwise.</summary>
    public static double? Number(string answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var match = NumberOnly().Match(answer.Trim());
        return match.Success && double.TryParse(match.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    private static string Words(string text) => NotWord().Replace(text.ToLowerInvariant(), " ").Trim();

    [GeneratedRegex(@"^[^\d\-+.]{0,4}(?<n>[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-+]?\.\d+)\s*[^\d\s]{0,6}\s*[^\d]{0,12}$")]
    private static partial Regex NumberOnly();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NotWord();
}
