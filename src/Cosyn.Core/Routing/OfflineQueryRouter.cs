namespace Cosyn.Routing;

/// <summary>
/// Routes without a remote model: embeds the query with a shipped sentence-embedding model, ranks the catalog's route
/// descriptions by cosine similarity, lets exact vocabulary phrases (<see cref="PhraseQueryRouter"/>) add weight where
/// the query's domain agrees, and shares the count among the descriptions close to the best. When nothing is close,
/// a drawable request goes to the general mix it resembles (data → charts and tables, a kind of paper → documents);
/// only empty or meaningless input gets no route.
/// </summary>
public sealed class OfflineQueryRouter(RouteIndex index, PhraseQueryRouter phrases) : IQueryRouter
{
    /// <summary>A description this similar (after any phrase bonus) is a real match; below it the general mix is used.</summary>
    public const double CloseEnough = 0.45;

    /// <summary>Descriptions within this of the best share the count.</summary>
    public const double ShareMargin = 0.04;

    /// <summary>At most this many descriptions share the count.</summary>
    public const int MaxShared = 3;

    /// <summary>What an exact vocabulary phrase adds to the similarity of the descriptions it names.</summary>
    public const double PhraseBonus = 0.15;

    /// <summary>
    /// A phrase counts only for descriptions this close to the best similarity: the query's domain picks the word's
    /// sense ("derivative" is calculus in "derivatives of x²", chemistry in "benzene derivatives").
    /// </summary>
    public const double SenseMargin = 0.1;

    private static readonly Lazy<OfflineQueryRouter> Shared = new(() =>
        new OfflineQueryRouter(new RouteIndex(new MiniLmEmbedder(), [.. RouteDescriptions.Entries, .. RouteDescriptions.Fallbacks]), PhraseQueryRouter.Default));

    /// <summary>The router over the shipped model and descriptions, loaded on first use (a few seconds) and kept.</summary>
    public static OfflineQueryRouter Default => Shared.Value;

    public ValueTask<RoutingDecision> RouteAsync(string query, Func<string, bool> implemented, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Route(query, implemented));

    /// <summary>The synchronous core of <see cref="RouteAsync"/>.</summary>
    public RoutingDecision Route(string query, Func<string, bool> implemented)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(implemented);
        var phrase = phrases.Route(query, _ => true);
        if (!phrase.HasRoute && QueryMeaning.ContentWords(query).Count == 0)
        {
            return new RoutingDecision(query, [], $"no route for \"{query.Trim()}\": it names nothing to draw; describe the images, e.g. \"bar charts of rainfall\" or \"restaurant receipts\"");
        }

        var vector = index.Embedder.Embed([query])[0];
        var candidates = RouteDescriptions.Entries.Select(d => Candidate(d, vector, phrase, implemented)).ToList();
        var bestSimilarity = candidates.Max(c => c.Similarity);
        candidates = [.. candidates.Select(c => c.Phrase && c.Similarity < bestSimilarity - SenseMargin ? c with { Phrase = false } : c)
            .OrderByDescending(c => c.Score).ThenBy(c => c.Description.Name, StringComparer.Ordinal)];
        var routable = candidates.Where(c => c.Targets.Count > 0).ToList();
        if (routable.Count > 0 && routable[0].Score >= CloseEnough)
        {
            var best = routable[0].Score;
            var kept = routable.TakeWhile(c => c.Score >= best - ShareMargin).Take(MaxShared).ToList();
            var routes = RouteWeights.Build(kept.Select(c => new WeightedTargets(c.Description.Name, c.Score, c.Targets)));
            return new RoutingDecision(query, routes, "closest: " + string.Join("; ", kept.Select(Describe)));
        }

        if (candidates[0].Score >= CloseEnough)
        {
            return new RoutingDecision(query, [], $"no implemented pipeline fits \"{query}\" (closest is {Describe(candidates[0])}, which only unimplemented pipelines draw)");
        }

        return Fallback(query, vector, implemented, candidates[0]);
    }

    private RouteCandidate Candidate(RouteDescription description, float[] vector, RoutingDecision phrase, Func<string, bool> implemented)
    {
        var named = description.Targets.Any(t => phrase.Routes.Any(r => r.Pipeline.Name == t.Pipeline && (r.FigureTypes.Count == 0 || (t.FigureType is not null && r.FigureTypes.Contains(t.FigureType)))));
        return new RouteCandidate(description, index.Similarity(vector, description), named, [.. description.Targets.Where(t => t.IsRoutable(implemented))]);
    }

    private RoutingDecision Fallback(string query, float[] vector, Func<string, bool> implemented, RouteCandidate nearest)
    {
        var mix = RouteDescriptions.Fallbacks
            .Select(d => new RouteCandidate(d, index.Similarity(vector, d), false, [.. d.Targets.Where(t => t.IsRoutable(implemented))]))
            .Where(c => c.Targets.Count > 0)
            .OrderByDescending(c => c.Similarity).ThenBy(c => c.Description.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        if (mix is null)
        {
            return new RoutingDecision(query, [], $"no implemented pipeline fits \"{query}\" (closest is {Describe(nearest)})");
        }

        var routes = RouteWeights.Build([new WeightedTargets(mix.Description.Name, 1, mix.Targets)]);
        return new RoutingDecision(query, routes, string.Create(CultureInfo.InvariantCulture,
            $"nothing in the catalog is close (nearest: {Describe(nearest)}), so the general mix for {mix.Description.Texts[0]}: {mix.Description.Name}"));
    }

    private static string Describe(RouteCandidate candidate) => string.Create(CultureInfo.InvariantCulture,
        $"{candidate.Description.Name} ({candidate.Similarity:0.000}{(candidate.Phrase ? ", phrase" : string.Empty)})");
}
