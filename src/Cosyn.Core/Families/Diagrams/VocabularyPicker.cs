using Cosyn.Families.Diagrams.Vocabulary;
using Cosyn.Personas;
using Cosyn.Synthesis;

namespace Cosyn.Families.Diagrams;

/// <summary>Picks a vocabulary entry: one the query names, else one of the persona's strongest domain, else any.</summary>
public static class VocabularyPicker
{
    public static T Pick<T>(IReadOnlyList<T> entries, SampleTicket ticket, SeededRandom random)
        where T : IDiagramVocabulary
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(random);
        if (ticket.Query is { } query)
        {
            var words = query.Split([' ', ',', '.', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 4).ToList();
            var scored = entries.Select(e => (Entry: e, Score: words.Count(w => e.Title.Contains(w, StringComparison.OrdinalIgnoreCase) || e.Domains.Contains(w.ToLowerInvariant())))).ToList();
            var best = scored.Max(s => s.Score);
            if (best > 0)
            {
                return random.Pick(scored.Where(s => s.Score == best).Select(s => s.Entry).ToList());
            }
        }

        var ranked = PersonaDomainClassifier.Classify(ticket.Persona.Text);
        if (ranked.Count > 0)
        {
            // The strongest domain usually, the runner-up sometimes, so a persona's diagrams are not all alike.
            var domain = ranked.Count > 1 && random.Chance(0.25) ? ranked[1] : ranked[0];
            var fitting = entries.Where(e => e.Domains.Contains(domain)).ToList();
            if (fitting.Count > 0)
            {
                return random.Pick(fitting);
            }
        }

        return random.Pick(entries);
    }
}
