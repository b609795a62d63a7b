using Cosyn.Text;

namespace Cosyn.Personas;

/// <summary>The classifier's lookup structure: keywords from domain-keywords.tsv plus every built-in occupation title, indexed by first word.</summary>
internal sealed class DomainKeywordIndex
{
    private static readonly Lazy<DomainKeywordIndex> Shared = new(() => new DomainKeywordIndex(
        LexiconResource.ReadText("domain-keywords.tsv"), PersonaLexicon.Default.Occupations));

    private readonly Dictionary<string, List<DomainKeyword>> _byFirstWord = new(StringComparer.Ordinal);
    // Prefix keywords filed under their first letters, so a word is only tested against prefixes it could match.
    private const int StemLength = 3;
    private readonly Dictionary<string, List<DomainKeyword>> _prefixesByStem = new(StringComparer.Ordinal);
    private readonly List<DomainKeyword> _shortPrefixes = [];

    public DomainKeywordIndex(string keywordLexicon, IEnumerable<Occupation> occupations)
    {
        foreach (var cells in LexiconResource.Rows(keywordLexicon, "domain-keywords.tsv", 2))
        {
            if (!DomainKeys.All.Contains(cells[0]))
            {
                throw new InvalidOperationException($"domain-keywords.tsv names an unknown domain '{cells[0]}'.");
            }

            foreach (var keyword in cells[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var isPrefix = keyword.EndsWith('*');
                Add(new DomainKeyword(cells[0], WordTokenizer.Words(keyword.TrimEnd('*')), isPrefix, IsTitle: false));
            }
        }

        foreach (var occupation in occupations)
        {
            Add(new DomainKeyword(occupation.Domain, WordTokenizer.Words(occupation.Title), IsPrefix: false, IsTitle: true));
        }
    }

    /// <summary>The index over the embedded lexicons, built on first use.</summary>
    public static DomainKeywordIndex Default => Shared.Value;

    /// <summary>Every keyword occurrence in <paramref name="words"/>, as (keyword, start) pairs.</summary>
    public IEnumerable<(DomainKeyword Keyword, int Start)> Matches(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var candidates = _byFirstWord.GetValueOrDefault(word, [])
                .Concat(word.Length >= StemLength ? _prefixesByStem.GetValueOrDefault(word[..StemLength], []) : [])
                .Concat(_shortPrefixes);
            foreach (var keyword in candidates)
            {
                if (keyword.MatchesAt(words, i))
                {
                    yield return (keyword, i);
                }
            }
        }
    }

    private void Add(DomainKeyword keyword)
    {
        if (keyword.Tokens.Count == 0)
        {
            return;
        }

        var first = keyword.Tokens[0];
        if (keyword.IsPrefix && keyword.Tokens.Count == 1)
        {
            if (first.Length < StemLength)
            {
                _shortPrefixes.Add(keyword);
            }
            else
            {
                AddTo(_prefixesByStem, first[..StemLength], keyword);
            }

            return;
        }

        // Single words are also filed under their plurals so the first-word lookup finds "nurses".
        var keys = keyword.Tokens.Count == 1 && !keyword.IsPrefix ? DomainKeyword.PluralsOf(first).Prepend(first) : [first];
        foreach (var key in keys)
        {
            AddTo(_byFirstWord, key, keyword);
        }
    }

    private static void AddTo(Dictionary<string, List<DomainKeyword>> index, string key, DomainKeyword keyword)
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = [];
            index[key] = list;
        }

        list.Add(keyword);
    }
}
