using Cosyn.Text;

namespace Cosyn.Routing;

/// <summary>
/// Normalises queries and vocabulary phrases the same way: lower case, words split on anything that is not a letter
/// or digit, filler words dropped, plurals folded ("labels" → "label", "diaries" → "diary", "boxes" → "box").
/// </summary>
public static class QueryText
{
    // Only words that never carry meaning in a request; "of", "in", "to" and "with" stay because phrases use them.
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "my", "our", "your", "some", "please", "i", "me", "we", "want", "need", "like", "generate",
        "create", "make", "give", "show", "showing", "for", "about", "on", "image", "picture", "example", "sample",
        "dataset", "s", "that", "this", "these", "those", "kind", "type", "style",
    };

    /// <summary>The normalised words of <paramref name="text"/>.</summary>
    public static string[] Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. WordTokenizer.Words(text).Select(Fold).Where(word => !Filler.Contains(word))];
    }

    /// <summary>Folds an English plural to its singular, conservatively (both sides get the same treatment anyway).</summary>
    public static string Fold(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 3)
        {
            return word;
        }

        if (word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        if (word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal)
            || word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        return word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal)
            ? word[..^1]
            : word;
    }
}
