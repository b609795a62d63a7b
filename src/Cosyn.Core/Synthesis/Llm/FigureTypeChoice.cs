namespace Cosyn.Synthesis.Llm;

/// <summary>
/// Chooses a sample's figure type before the topic call: the one routing fixed when the pipeline draws it, else the
/// longest figure type named by the query, else one drawn by the sample seed.
/// </summary>
public static class FigureTypeChoice
{
    public static string Choose(SampleTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var types = ticket.Pipeline.FigureTypes;
        var fixedType = types.FirstOrDefault(t => string.Equals(t, ticket.FigureType, StringComparison.OrdinalIgnoreCase));
        if (fixedType is not null)
        {
            return fixedType;
        }

        if (!string.IsNullOrWhiteSpace(ticket.Query))
        {
            var words = ticket.Query.ToLowerInvariant().Split([' ', ',', '.', ';', '-', '/'], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            var named = types
                .Where(t => t.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).All(w => words.Contains(w) || words.Contains(w + "s")))
                .MaxBy(t => t.Length);
            if (named is not null)
            {
                return named;
            }
        }

        return SeededRandom.For(ticket.Seed, "llm-figure-type").Pick(types);
    }
}
