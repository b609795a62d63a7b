namespace Cosyn.Personas;

/// <summary>One keyword or phrase of the domain lexicon, already split into lower-case word tokens.</summary>
/// <param name="Domain">Domain the keyword votes for.</param>
/// <param name="Tokens">Words to match consecutively.</param>
/// <param name="IsPrefix">The last token matches any word that starts with it.</param>
/// <param name="IsTitle">An occupation title: stronger evidence, and a longer title hides the shorter ones inside it.</param>
internal sealed record DomainKeyword(string Domain, IReadOnlyList<string> Tokens, bool IsPrefix, bool IsTitle)
{
    public int Weight => IsTitle ? 3 : 1;

    /// <summary>True when the keyword occurs in <paramref name="words"/> starting at <paramref name="start"/>.</summary>
    public bool MatchesAt(IReadOnlyList<string> words, int start)
    {
        if (start + Tokens.Count > words.Count)
        {
            return false;
        }

        for (var i = 0; i < Tokens.Count - 1; i++)
        {
            if (words[start + i] != Tokens[i])
            {
                return false;
            }
        }

        var last = Tokens[^1];
        var word = words[start + Tokens.Count - 1];
        return IsPrefix ? word.StartsWith(last, StringComparison.Ordinal) : word == last || PluralsOf(last).Contains(word);
    }

    /// <summary>Regular plural spellings of a noun (and third-person forms of a verb), enough for persona text.</summary>
    public static IEnumerable<string> PluralsOf(string word)
    {
        yield return word + "s";
        yield return word + "es";
        if (word.EndsWith('y'))
        {
            yield return word[..^1] + "ies";
        }

        if (word.EndsWith("man", StringComparison.Ordinal))
        {
            yield return word[..^3] + "men";
        }
    }
}
