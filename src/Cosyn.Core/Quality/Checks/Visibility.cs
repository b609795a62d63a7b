using System.Text.RegularExpressions;

namespace Cosyn.Quality.Checks;

/// <summary>Whether expected strings occur in the text an image shows, compared in <see cref="Texts.Normal"/> form.</summary>
public static partial class Visibility
{
    /// <summary>
    /// The whole string, or at least half of its words of three or more characters, occurs: OCR misreads a unit in
    /// parentheses ("($k)" as "(Sk)") more often than the words of a label.
    /// </summary>
    public static bool Shows(string visibleNormal, string expected)
    {
        ArgumentNullException.ThrowIfNull(visibleNormal);
        if (Texts.Normal(expected) is not { Length: > 0 } wanted)
        {
            return false;
        }

        if (visibleNormal.Contains(wanted, StringComparison.Ordinal))
        {
            return true;
        }

        // A data column "Salaries ($k)" is labelled "Salaries" where the axis title carries the unit.
        if (WithoutUnit(expected) is { } bare && visibleNormal.Contains(Texts.Normal(bare), StringComparison.Ordinal))
        {
            return true;
        }

        var words = expected.Split(' ', '-', '/', '(', ')').Select(Texts.Normal).Where(w => w.Length >= 3).ToList();
        return words.Count >= 2 && words.Count(w => visibleNormal.Contains(w, StringComparison.Ordinal)) * 2 >= words.Count;
    }

    /// <summary>A pass when at least <paramref name="minRecall"/> of <paramref name="expected"/> is visible; the reason names what is missing.</summary>
    public static CheckResult Judge(string name, IReadOnlyList<string> expected, string visible, string source, double minRecall)
    {
        ArgumentNullException.ThrowIfNull(expected);
        var normal = Texts.Normal(visible);
        var missing = expected.Where(e => !Shows(normal, e)).ToList();
        var recall = 1 - ((double)missing.Count / expected.Count);
        var found = $"{source} finds {expected.Count - missing.Count} of {expected.Count} expected strings";
        var absent = missing.Count == 0 ? "" : "; missing " + string.Join(", ", missing.Take(5).Select(m => $"'{Texts.Clip(m)}'"));
        return recall >= minRecall
            ? new CheckResult(name, true, Math.Round(recall, 3), found + absent)
            : CheckResult.Fail(name, recall, found + absent);
    }

    /// <summary>The string without a trailing unit in parentheses ("Salaries ($k)" → "Salaries"), or null when it has none.</summary>
    public static string? WithoutUnit(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bare = Unit().Replace(text, "");
        return bare.Length < text.Length && Texts.Normal(bare).Length >= 2 ? bare : null;
    }

    [GeneratedRegex(@"\s*\([^()]*\)\s*$")]
    private static partial Regex Unit();
}
