namespace Cosyn.Synthesis;

/// <summary>
/// Picks a sample's figure type, for both synthesizers and every topic planner: the ticket's routed figure type when
/// the pipeline draws it, else one the query names (each pipeline says how it reads a query), else a random one.
/// </summary>
public static class FigureTypeChoice
{
    /// <param name="ticket">The sample ticket (its <c>FigureType</c> and <c>Query</c> are honoured).</param>
    /// <param name="figureTypes">The types the pipeline draws, in the order a random draw indexes.</param>
    /// <param name="fromQuery">Reads which type a (non-null) query names, or null; it may draw from the generator to break a tie.</param>
    /// <param name="random">The stage's generator.</param>
    public static string Choose(SampleTicket ticket, IReadOnlyList<string> figureTypes, Func<string, IReadOnlyList<string>, SeededRandom, string?> fromQuery, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(figureTypes);
        ArgumentNullException.ThrowIfNull(fromQuery);
        ArgumentNullException.ThrowIfNull(random);
        return figureTypes.FirstOrDefault(f => string.Equals(f, ticket.FigureType, StringComparison.OrdinalIgnoreCase))
            ?? (ticket.Query is { } query ? fromQuery(query, figureTypes, random) : null)
            ?? random.Pick(figureTypes);
    }

    /// <summary>Query reading by keywords: any type the query contains, or one of its lower-case <paramref name="keywords"/> (e.g. "filter" for an RC circuit); ties drawn at random.</summary>
    public static string Choose(SampleTicket ticket, IReadOnlyList<string> figureTypes, IReadOnlyDictionary<string, string[]> keywords, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(keywords);
        return Choose(ticket, figureTypes, (query, types, r) => Mentioned(query, types, keywords, r), random);
    }

    /// <summary>
    /// The LLM synthesizer's choice, made before the topic call: routed, else the longest type whose every word the
    /// query uses, else one drawn from the sample seed.
    /// </summary>
    public static string Choose(SampleTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return Choose(ticket, ticket.Pipeline.FigureTypes, (query, types, _) => NamedInWords(query, types), SeededRandom.For(ticket.Seed, "llm-figure-type"));
    }

    private static string? Mentioned(string query, IReadOnlyList<string> figureTypes, IReadOnlyDictionary<string, string[]> keywords, SeededRandom random)
    {
        var text = query.ToLowerInvariant();
        var mentioned = figureTypes
            .Where(f => text.Contains(f, StringComparison.Ordinal) || (keywords.TryGetValue(f, out var words) && words.Any(w => text.Contains(w, StringComparison.Ordinal))))
            .ToList();
        return mentioned.Count > 0 ? random.Pick(mentioned) : null;
    }

    private static string? NamedInWords(string query, IReadOnlyList<string> figureTypes)
    {
        var words = query.ToLowerInvariant().Split([' ', ',', '.', ';', '-', '/'], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        return figureTypes
            .Where(t => t.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).All(w => words.Contains(w) || words.Contains(w + "s")))
            .MaxBy(t => t.Length);
    }
}
