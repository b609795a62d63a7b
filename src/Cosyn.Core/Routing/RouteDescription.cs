namespace Cosyn.Routing;

/// <summary>One kind of figure the catalog draws: the targets that draw it and the sentences that describe it.</summary>
/// <param name="Name">Shown in routing explanations.</param>
/// <param name="Targets">Catalog targets (<c>pipeline</c> or <c>pipeline/figure type</c>).</param>
/// <param name="Texts">The description first, then example requests; a query is as close as its nearest text.</param>
public sealed record RouteDescription(string Name, IReadOnlyList<RouteTarget> Targets, IReadOnlyList<string> Texts);
