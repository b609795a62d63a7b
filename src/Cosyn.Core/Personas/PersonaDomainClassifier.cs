using Cosyn.Text;

namespace Cosyn.Personas;

/// <summary>Maps free persona text (built-in or Persona Hub) to subject domains by keyword, best match first.</summary>
/// <remarks>
/// Keywords come from Lexicons/domain-keywords.tsv (whole words, plurals, or prefixes ending in *) and from
/// the built-in occupation titles, which count three times as much because a job title is the strongest signal. Each
/// keyword counts once per text. When titles overlap ("sports physiotherapist" contains "physiotherapist")
/// only the longest counts. Ties go to the domain mentioned first, then to the domain key's order.
/// </remarks>
public static class PersonaDomainClassifier
{
    /// <summary>Domains whose keywords occur in <paramref name="personaText"/>, strongest first; empty when none match.</summary>
    public static IReadOnlyList<string> Classify(string personaText)
    {
        ArgumentNullException.ThrowIfNull(personaText);
        var words = WordTokenizer.Words(personaText);
        var matches = DomainKeywordIndex.Default.Matches(words).ToList();
        var titles = LongestTitles(matches.Where(m => m.Keyword.IsTitle));
        return matches
            .Where(m => !m.Keyword.IsTitle)
            .Concat(titles)
            .GroupBy(m => m.Keyword)
            .Select(g => (g.Key.Domain, g.Key.Weight, Start: g.Min(m => m.Start)))
            .GroupBy(k => k.Domain, StringComparer.Ordinal)
            .Select(g => (Domain: g.Key, Score: g.Sum(k => k.Weight), First: g.Min(k => k.Start)))
            .OrderByDescending(d => d.Score)
            .ThenBy(d => d.First)
            .ThenBy(d => d.Domain, StringComparer.Ordinal)
            .Select(d => d.Domain)
            .ToList();
    }

    private static List<(DomainKeyword Keyword, int Start)> LongestTitles(IEnumerable<(DomainKeyword Keyword, int Start)> titles)
    {
        var kept = new List<(DomainKeyword Keyword, int Start)>();
        foreach (var title in titles.OrderByDescending(t => t.Keyword.Tokens.Count).ThenBy(t => t.Start))
        {
            var end = title.Start + title.Keyword.Tokens.Count;
            if (!kept.Exists(k => title.Start < k.Start + k.Keyword.Tokens.Count && k.Start < end))
            {
                kept.Add(title);
            }
        }

        return kept;
    }
}
