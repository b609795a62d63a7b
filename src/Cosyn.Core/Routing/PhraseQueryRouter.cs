using Cosyn.Catalog;

namespace Cosyn.Routing;

/// <summary>
/// The phrase layer of offline routing (exact evidence for <see cref="OfflineQueryRouter"/>): finds vocabulary phrases in the query (longest match wins where phrases overlap), scores
/// concepts, keeps those within half of the best, lets specific concepts displace generic ones on the same pipeline,
/// and splits each concept's weight evenly over its targets. No phrase, no route: it says so instead of guessing.
/// </summary>
public sealed class PhraseQueryRouter(IReadOnlyList<RouteConcept> concepts) : IQueryRouter
{
    /// <summary>Concepts scoring below this share of the best one are left out.</summary>
    public const double KeepRatio = 0.5;

    public static PhraseQueryRouter Default { get; } = new(RouteVocabulary.Concepts);

    public ValueTask<RoutingDecision> RouteAsync(string query, Func<string, bool> implemented, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Route(query, implemented));

    /// <summary>The synchronous core of <see cref="RouteAsync"/>.</summary>
    public RoutingDecision Route(string query, Func<string, bool> implemented)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(implemented);
        var words = QueryText.Words(query);
        var matched = Score(words);
        var scores = matched
            .Select(s => s with { Concept = s.Concept with { Targets = s.Concept.Targets.Where(t => t.IsRoutable(implemented)).ToList() } })
            .Where(s => s.Concept.Targets.Count > 0)
            .ToList();
        var qualified = Qualify(scores);
        if (qualified.Count == 0)
        {
            return new RoutingDecision(query, [], NoRoute(query, Qualify(matched).Count > 0));
        }

        var families = AbsorbGenerics(qualified);
        var best = families.Max(s => s.Score);
        var kept = families.Where(s => s.Score >= best * KeepRatio).ToList();
        var routes = RouteWeights.Build(kept.Select(s => new WeightedTargets(s.Concept.Name, s.Score, s.Concept.Targets)));
        var explanation = string.Join("; ", kept.OrderByDescending(s => s.Score).Select(s =>
            string.Create(CultureInfo.InvariantCulture, $"{s.Concept.Name} (score {s.Score:0.#}: {string.Join(", ", s.Evidence.Select(e => $"\"{e}\""))})")));
        return new RoutingDecision(query, routes, "matched " + explanation);
    }

    private List<ConceptScore> Score(string[] words)
    {
        var matches = new List<PhraseMatch>();
        for (var c = 0; c < concepts.Count; c++)
        {
            Find(words, c, concepts[c].Phrases, hint: false, matches);
            Find(words, c, concepts[c].Hints, hint: true, matches);
        }

        // A phrase inside a longer phrase of another concept is not evidence ("bar" in "bar menu", "chart" in "line chart").
        var live = matches.Where(m => !matches.Any(o => o.Concept != m.Concept && o.Covers(m))).ToList();
        var scores = new List<ConceptScore>();
        foreach (var group in live.GroupBy(m => m.Concept))
        {
            var chosen = new List<PhraseMatch>();
            foreach (var match in group.OrderByDescending(m => m.Length).ThenBy(m => m.Hint).ThenBy(m => m.Start))
            {
                if (!chosen.Any(c => c.Overlaps(match)))
                {
                    chosen.Add(match);
                }
            }

            scores.Add(new ConceptScore(concepts[group.Key], chosen.Sum(m => m.Score) * concepts[group.Key].Boost, chosen.Any(m => !m.Hint), chosen.OrderBy(m => m.Start).Select(m => m.Text).ToList()));
        }

        return scores;
    }

    // A concept needs a phrase, two hints, or one hint backed by a phrase-matched concept on the same pipeline
    // ("series" means a series circuit only once "circuit" or "wiring" was said).
    private static List<ConceptScore> Qualify(List<ConceptScore> scores) =>
        scores.Where(s => s.HasPhrase || s.Score >= 2 || scores.Any(o => o.HasPhrase && !ReferenceEquals(o, s) && SharesPipeline(o.Concept, s.Concept))).ToList();

    // A specific concept displaces the generic ones on its pipelines and takes over their evidence: "sheet music for
    // a lullaby" is a melody with lyrics, as strongly as "sheet music" and "lullaby" together say it is music.
    private static List<ConceptScore> AbsorbGenerics(List<ConceptScore> qualified)
    {
        var specific = qualified.Where(s => !s.Concept.Generic).ToList();
        var absorbed = qualified.Where(s => s.Concept.Generic && specific.Any(o => SharesPipeline(o.Concept, s.Concept))).ToList();
        var families = specific.Select(s =>
        {
            var generics = absorbed.Where(g => SharesPipeline(g.Concept, s.Concept)).ToList();
            return s with { Score = s.Score + generics.Sum(g => g.Score), Evidence = [.. s.Evidence, .. generics.SelectMany(g => g.Evidence).Except(s.Evidence)] };
        });
        return [.. families, .. qualified.Where(s => s.Concept.Generic && !absorbed.Contains(s))];
    }

    private static void Find(string[] words, int concept, IReadOnlyList<string[]> phrases, bool hint, List<PhraseMatch> matches)
    {
        foreach (var phrase in phrases)
        {
            for (var start = 0; start + phrase.Length <= words.Length; start++)
            {
                if (words.AsSpan(start, phrase.Length).SequenceEqual(phrase))
                {
                    matches.Add(new PhraseMatch(concept, start, phrase.Length, hint, string.Join(' ', phrase)));
                }
            }
        }
    }

    private static bool SharesPipeline(RouteConcept a, RouteConcept b) =>
        a.Targets.Any(t => b.Targets.Any(u => u.Pipeline == t.Pipeline));

    private static string NoRoute(string query, bool onlyUnimplemented) => onlyUnimplemented
        ? $"no implemented pipeline fits \"{query}\" (it names something only unimplemented pipelines draw)"
        : $"no pipeline fits \"{query}\": it names no chart, table, document, diagram, circuit, molecule, math problem, music, graphic or screen this catalog knows; rephrase (e.g. \"bar charts of rainfall\", \"restaurant receipts\") or choose pipelines with --pipeline";
}
