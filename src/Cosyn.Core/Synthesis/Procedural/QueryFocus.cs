using System.Text.RegularExpressions;
using Cosyn.Catalog;
using Cosyn.Routing;

namespace Cosyn.Synthesis.Procedural;

/// <summary>
/// Threads a targeting query into procedural topics: the routed figure type wins, among the built-in datasets those
/// whose words the query uses ("rainfall", "salmon", "cereal") are preferred over the persona's default, and a place
/// or other name the query gives ("in Seattle") becomes the dataset's subject instead of a made-up one.
/// </summary>
public static class QueryFocus
{
    // Words that say how to draw, not what about: they must not steer the subject.
    private static readonly Lazy<HashSet<string>> PresentationWords = new(() =>
    {
        var words = new HashSet<string>(StringComparer.Ordinal) { "of", "in", "with", "and", "to", "by", "per", "over", "from", "between", "at", "or" };
        foreach (var concept in RouteVocabulary.Concepts.Where(c => c.Generic))
        {
            words.UnionWith(concept.Phrases.SelectMany(p => p));
        }

        words.UnionWith(PipelineCatalog.All.SelectMany(p => p.FigureTypes).SelectMany(QueryText.Words));
        return words;
    });

    private static readonly Dictionary<string, string[]> NoKeywords = [];

    private static readonly Regex WordPattern = new(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*", RegexOptions.Compiled);

    // Lower-case words a name may contain between its capitalised words ("Isle of Man", "Rio de Janeiro").
    private static readonly HashSet<string> NameJoiners = new(StringComparer.Ordinal) { "of", "de", "del", "la", "upon", "on" };

    /// <summary>
    /// The query's subject words (empty without a query), without those of its <see cref="Name"/>: the name fills the
    /// dataset's name slot, so matching it against dataset words ("to Seattle" in an airline's routes) would mislead.
    /// </summary>
    public static IReadOnlyList<string> SubjectWords(string? query)
    {
        if (query is null)
        {
            return [];
        }

        var name = Name(query) is { } found ? QueryText.Words(found).ToHashSet(StringComparer.Ordinal) : [];
        return [.. QueryText.Words(query).Where(w => !PresentationWords.Value.Contains(w) && !name.Contains(w)).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The first name the query gives: a run of capitalised words ("Seattle" in "monthly rainfall in Seattle", "New
    /// York" in "subway ridership in New York"); null when there is none. A capitalised first word alone is taken for
    /// sentence case and a capitalised whole query for title case, not for a name; all-capital words (acronyms) are not
    /// names either.
    /// </summary>
    public static string? Name(string? query)
    {
        if (query is null)
        {
            return null;
        }

        var words = WordPattern.Matches(query);
        var (start, length) = (0, 0);
        for (var i = 0; i < words.Count; i++)
        {
            var capital = IsCapitalised(words[i].Value);
            if (length > 0 && (capital || NameJoiners.Contains(words[i].Value)) && query.AsSpan(words[i - 1].Index + words[i - 1].Length, words[i].Index - words[i - 1].Index - words[i - 1].Length).IsWhiteSpace())
            {
                length++;
                continue;
            }

            if (NameAt(query, words, start, length) is { } name)
            {
                return name;
            }

            (start, length) = (i, capital ? 1 : 0);
        }

        return NameAt(query, words, start, length);
    }

    /// <summary>The query's <see cref="Name"/> when it gives one, else <paramref name="made"/>, the name the dataset would have had.</summary>
    public static string NameOr(string? query, string made) => Name(query) ?? made;

    /// <summary>The titles with a <c>{name}</c> slot when the query gives a name and some have one (so the name shows), else all.</summary>
    public static IReadOnlyList<string> Named(IReadOnlyList<string> titles, string? query)
    {
        ArgumentNullException.ThrowIfNull(titles);
        return Name(query) is not null && titles.Where(t => t.Contains("{name}", StringComparison.Ordinal)).ToList() is { Count: > 0 } named ? named : titles;
    }

    /// <summary>The ticket's routed figure type, else one the query names, else a random one (<see cref="FigureTypeChoice"/>).</summary>
    public static string FigureType(SampleTicket ticket, IReadOnlyList<string> figureTypes, SeededRandom random) =>
        FigureTypeChoice.Choose(ticket, figureTypes, NoKeywords, random);

    /// <summary>The figure types a sample may take: the routed one alone when this pipeline draws it, else all.</summary>
    public static IReadOnlyList<string> AllowedFigureTypes(SampleTicket ticket, IReadOnlyList<string> figureTypes)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(figureTypes);
        return ticket.FigureType is { } routed && figureTypes.Contains(routed) ? [routed] : figureTypes;
    }

    /// <summary>The candidates whose text shares the most subject words with the query; empty when none shares any.</summary>
    public static List<T> Best<T>(IEnumerable<T> candidates, Func<T, string> text, IReadOnlyList<string> subject)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(subject);
        if (subject.Count == 0)
        {
            return [];
        }

        // Rare words decide: "rainfall" says more about the subject than "monthly", which half the datasets share.
        var texts = candidates.Select(c => (Candidate: c, Words: QueryText.Words(text(c)).ToHashSet(StringComparer.Ordinal))).ToList();
        var weights = subject.ToDictionary(w => w, w => Math.Log((texts.Count + 1.0) / (texts.Count(t => t.Words.Contains(w)) + 0.5)), StringComparer.Ordinal);
        var scored = texts.Select(t => (t.Candidate, Score: subject.Where(t.Words.Contains).Sum(w => weights[w]))).Where(s => s.Score > 0).ToList();
        if (scored.Count == 0)
        {
            return [];
        }

        var best = scored.Max(s => s.Score);
        return scored.Where(s => s.Score >= best - 1e-9).Select(s => s.Candidate).ToList();
    }

    private static bool IsCapitalised(string word) => char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower);

    // The run of words[start..start+length] as a name, without trailing joiners, when it is one (see Name).
    private static string? NameAt(string query, MatchCollection words, int start, int length)
    {
        while (length > 0 && !IsCapitalised(words[start + length - 1].Value))
        {
            length--;
        }

        if (length == 0 || (start == 0 && length == 1) || (start == 0 && length == words.Count))
        {
            return null;
        }

        var last = words[start + length - 1];
        return query[words[start].Index..(last.Index + last.Length)];
    }
}
