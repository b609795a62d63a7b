namespace Cosyn.Synthesis.Procedural;

/// <summary>
/// Picks a sample's figure type: the ticket's routed figure type when the pipeline draws it, else one whose keywords
/// the user's query mentions, else a random one.
/// </summary>
public static class FigureTypeChoice
{
    /// <param name="ticket">The sample ticket (its <c>FigureType</c> and <c>Query</c> are honoured).</param>
    /// <param name="figureTypes">The types the pipeline draws.</param>
    /// <param name="keywords">Lower-case query words that point at a type, e.g. "filter" for an RC circuit.</param>
    /// <param name="random">The stage's generator.</param>
    public static string Choose(SampleTicket ticket, IReadOnlyList<string> figureTypes, IReadOnlyDictionary<string, string[]> keywords, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(figureTypes);
        ArgumentNullException.ThrowIfNull(keywords);
        ArgumentNullException.ThrowIfNull(random);
        var routed = figureTypes.FirstOrDefault(f => string.Equals(f, ticket.FigureType, StringComparison.OrdinalIgnoreCase));
        if (routed is not null)
        {
            return routed;
        }

        var query = ticket.Query?.ToLowerInvariant() ?? string.Empty;
        var mentioned = figureTypes
            .Where(f => query.Contains(f, StringComparison.Ordinal) || (keywords.TryGetValue(f, out var words) && words.Any(w => query.Contains(w, StringComparison.Ordinal))))
            .ToList();
        return random.Pick(mentioned.Count > 0 ? mentioned : figureTypes);
    }
}
