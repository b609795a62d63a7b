using Cosyn.Catalog;

namespace Cosyn.Routing;

/// <summary>Turns scored reasons into pipeline routes: each reason's score is split evenly over its targets, weights sum to 1.</summary>
internal static class RouteWeights
{
    public static List<PipelineRoute> Build(IEnumerable<WeightedTargets> kept)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var figureTypes = new Dictionary<string, SortedSet<string>?>(StringComparer.Ordinal);
        var reasons = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var reason in kept)
        {
            var share = reason.Score / reason.Targets.Count;
            foreach (var target in reason.Targets)
            {
                weights[target.Pipeline] = weights.GetValueOrDefault(target.Pipeline) + share;
                if (!reasons.TryGetValue(target.Pipeline, out var why))
                {
                    reasons[target.Pipeline] = why = [];
                    figureTypes[target.Pipeline] = new SortedSet<string>(StringComparer.Ordinal);
                }

                if (!why.Contains(reason.Name))
                {
                    why.Add(reason.Name);
                }

                // A target without a figure type opens the pipeline to all of its types.
                if (target.FigureType is null)
                {
                    figureTypes[target.Pipeline] = null;
                }
                else
                {
                    figureTypes[target.Pipeline]?.Add(target.FigureType);
                }
            }
        }

        var total = weights.Values.Sum();
        return PipelineCatalog.All
            .Where(p => weights.ContainsKey(p.Name))
            .Select(p => new PipelineRoute(p, figureTypes[p.Name]?.ToList() ?? [], Math.Round(weights[p.Name] / total, 4), string.Join(", ", reasons[p.Name])))
            .OrderByDescending(r => r.Weight)
            .ToList();
    }
}
