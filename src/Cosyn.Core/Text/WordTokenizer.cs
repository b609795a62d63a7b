namespace Cosyn.Text;

/// <summary>
/// The one word splitter for free text (persona descriptions, queries, vocabulary phrases): lower-case runs of letters
/// and digits; everything else, hyphens and apostrophes included, separates words ("high-school" is two).
/// </summary>
public static class WordTokenizer
{
    /// <summary>The lower-case words of <paramref name="text"/>, in order.</summary>
    public static List<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }
}
