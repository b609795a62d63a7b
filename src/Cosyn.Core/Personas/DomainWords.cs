namespace Cosyn.Personas;

/// <summary>Draws from word lists keyed by persona domain (<see cref="DomainKeys"/>), as the families' topic stages do.</summary>
public static class DomainWords
{
    /// <summary>
    /// A word for <paramref name="persona"/>: from its first domain that <paramref name="byDomain"/> has, with probability
    /// <paramref name="own"/>, else from the general list, so every persona still meets general words.
    /// </summary>
    public static string Pick(string persona, IReadOnlyDictionary<string, string[]> byDomain, double own, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(byDomain);
        ArgumentNullException.ThrowIfNull(random);
        var domain = PersonaDomainClassifier.Classify(persona).FirstOrDefault(byDomain.ContainsKey) ?? DomainKeys.General;
        return random.Pick(byDomain[random.Chance(own) ? domain : DomainKeys.General]);
    }
}
