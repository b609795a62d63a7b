namespace Cosyn.Routing;

/// <summary>
/// Routes without a remote model: embeds the query with a shipped sentence-embedding model, ranks the catalog's route
/// descriptions by cosine similarity, lets exact vocabulary phrases (<see cref="PhraseQueryRouter"/>) add weight where
/// the query's domain agrees, and shares the count among the descriptions close to the best. When nothing is close,
/// a drawable request goes to the general mix it resembles (data → charts and tables, a kind of paper → documents);
/// only empty or meaningless input gets no route.
/// </summary>
public sealed class OfflineQueryRouter(RouteIndex index, PhraseQueryRouter phrases, OfflineRoutingSettings? settings = null) : IQueryRouter
{
    private readonly OfflineRoutingSettings settings = settings ?? OfflineRoutingSettings.Default;

    private static readonly Lazy<OfflineQueryRouter> Shared = new(() =>
        new OfflineQueryRouter(new RouteIndex(MiniLmEmbedder.Shared, [.. RouteDescriptions.Entries, .. RouteDescriptions.Fallbacks]), PhraseQueryRouter.Default));

    /// <summary>The router over the shipped model and descriptions, loaded on first use (a few seconds) and kept.</summary>
    public static OfflineQueryRouter Default => Shared.Value;

    /// <summary>The description vectors and the embedder queries go through (the diversity report reuses both).</summary>
    public RouteIndex Index => index;

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
        candidates = [.. candidates.Select(c => c.Phrase && c.Similarity < bestSimilarity - settings.SenseMargin ? c with { Phrase = false } : c)
            .OrderByDescending(c => c.Score).ThenBy(c => c.Description.Name, StringComparer.Ordinal)];
        var routable = candidates.Where(c => c.Targets.Count > 0).ToList();
        if (routable.Count > 0 && routable[0].Score >= settings.CloseEnough)
        {
            var best = routable[0].Score;
            var kept = routable.TakeWhile(c => c.Score >= best - settings.ShareMargin).Take(settings.MaxShared).ToList();
            var routes = RouteWeights.Build(kept.Select(c => new WeightedTargets(c.Description.Name, Math.Exp((c.Score - best) / settings.ShareTemperature), c.Targets)));
            return new RoutingDecision(query, routes, "closest: " + string.Join("; ", kept.Select(Describe)));
        }

        if (candidates[0].Score >= settings.CloseEnough)
        {
            return new RoutingDecision(query, [], $"no implemented pipeline fits \"{query}\" (closest is {Describe(candidates[0])}, which only unimplemented pipelines draw)");
        }

        return Fallback(query, vector, implemented, candidates[0]);
    }

    private RouteCandidate Candidate(RouteDescription description, float[] vector, RoutingDecision phrase, Func<string, bool> implemented)
    {
        var named = description.Targets.Any(t => phrase.Routes.Any(r => r.Pipeline.Name == t.Pipeline && (r.FigureTypes.Count == 0 || (t.FigureType is not null && r.FigureTypes.Contains(t.FigureType)))));
        return new RouteCandidate(description, index.Similarity(vector, description), named, [.. description.Targets.Where(t => t.IsRoutable(implemented))], settings.PhraseBonus);
    }

    private RoutingDecision Fallback(string query, float[] vector, Func<string, bool> implemented, RouteCandidate nearest)
    {
        var mix = RouteDescriptions.Fallbacks
            .Select(d => new RouteCandidate(d, index.Similarity(vector, d), false, [.. d.Targets.Where(t => t.IsRoutable(implemented))], 0))
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
        $"{candidate.Description.Name} ({candidate.Similarity:0.000}{(candidate.Phrase ? " + phrase" : string.Empty)})");
}
