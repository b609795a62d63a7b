namespace Cosyn.Routing;

/// <summary>Turns a user's free-text need into pipelines and figure types of the catalog.</summary>
public interface IQueryRouter
{
    /// <summary>Routes <paramref name="query"/> over the pipelines <paramref name="implemented"/> accepts.</summary>
    ValueTask<RoutingDecision> RouteAsync(string query, Func<string, bool> implemented, CancellationToken cancellationToken);
}
