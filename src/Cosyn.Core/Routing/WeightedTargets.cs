namespace Cosyn.Routing;

/// <summary>A reason to route (a concept, a description) with its score and the targets that share it evenly.</summary>
internal sealed record WeightedTargets(string Name, double Score, IReadOnlyList<RouteTarget> Targets);
