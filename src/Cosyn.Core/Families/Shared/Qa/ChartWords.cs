namespace Cosyn.Families.Shared.Qa;

/// <summary>Small English helpers for question text.</summary>
internal static class ChartWords
{
    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["species"] = "species",
        ["medium"] = "media",
        ["aircraft"] = "aircraft",
        ["person"] = "people",
    };

    /// <summary>Plural of a noun phrase's last word.</summary>
    public static string Plural(string noun)
    {
        var space = noun.LastIndexOf(' ');
        var head = noun[..(space + 1)];
        var word = noun[(space + 1)..];
        if (Irregular.TryGetValue(word, out var irregular))
        {
            return head + irregular;
        }

        if (word.EndsWith('s') || word.EndsWith('x') || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal))
        {
            return head + word + "es";
        }

        if (word.Length > 1 && word.EndsWith('y') && !"aeiou".Contains(word[^2], StringComparison.Ordinal))
        {
            return head + word[..^1] + "ies";
        }

        return head + word + "s";
    }

    /// <summary>The text with its first letter upper-cased (sentence start).</summary>
    public static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>"A, B and C".</summary>
    public static string List(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Join(string.Empty, items) : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];
}
