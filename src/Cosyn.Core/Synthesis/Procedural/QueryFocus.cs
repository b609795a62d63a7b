using Cosyn.Catalog;
using Cosyn.Routing;

namespace Cosyn.Synthesis.Procedural;

/// <summary>
/// Threads a targeting query into procedural topics: the routed figure type wins, and among the built-in datasets
/// those whose words the query uses ("rainfall", "salmon", "cereal") are preferred over the persona's default.
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

    /// <summary>The query's subject words (empty without a query).</summary>
    public static IReadOnlyList<string> SubjectWords(string? query) =>
        query is null ? [] : QueryText.Words(query).Where(w => !PresentationWords.Value.Contains(w)).Distinct(StringComparer.Ordinal).ToList();

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
}
