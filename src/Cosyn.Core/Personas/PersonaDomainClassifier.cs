namespace Cosyn.Personas;

/// <summary>Maps free persona text (built-in or Persona Hub) to subject domains by keyword, best match first.</summary>
public static class PersonaDomainClassifier
{
    // Placeholder vocabulary; the personas work item replaces it with a full keyword lexicon.
    private static readonly Dictionary<string, string[]> Keywords = new(StringComparer.Ordinal)
    {
        [DomainKeys.Marine] = ["marine", "ocean", "fish", "reef", "coastal"],
        [DomainKeys.Finance] = ["finance", "bank", "investor", "accountant", "stock"],
        [DomainKeys.Health] = ["nurse", "doctor", "physician", "clinic", "hospital"],
    };

    /// <summary>Domains whose keywords occur in <paramref name="personaText"/>, most hits first; empty when none match.</summary>
    public static IReadOnlyList<string> Classify(string personaText)
    {
        ArgumentNullException.ThrowIfNull(personaText);
        var text = personaText.ToLowerInvariant();
        return Keywords
            .Select(kv => (Domain: kv.Key, Hits: kv.Value.Count(k => text.Contains(k, StringComparison.Ordinal))))
            .Where(x => x.Hits > 0)
            .OrderByDescending(x => x.Hits)
            .ThenBy(x => x.Domain, StringComparer.Ordinal)
            .Select(x => x.Domain)
            .ToList();
    }
}
