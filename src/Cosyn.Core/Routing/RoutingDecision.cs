namespace Cosyn.Routing;

/// <summary>Where a query goes: routes with weights summing to 1, or none with the reason (never a silent guess).</summary>
public sealed record RoutingDecision(string Query, IReadOnlyList<PipelineRoute> Routes, string Explanation)
{
    public bool HasRoute => Routes.Count > 0;
}
