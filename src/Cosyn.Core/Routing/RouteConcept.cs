namespace Cosyn.Routing;

/// <summary>
/// One routable idea ("nutrition label", "candlestick chart") with the catalog targets it maps to and the words
/// that name it. A generic concept ("chart") stands aside when a specific one covering the same pipeline matches.
/// </summary>
/// <param name="Name">Shown in routing explanations.</param>
/// <param name="Generic">Whether a specific concept on the same pipeline displaces it.</param>
/// <param name="Targets">Catalog pipelines, optionally narrowed to a figure type.</param>
/// <param name="Phrases">Normalised word sequences that name the concept on their own.</param>
/// <param name="Hints">Normalised word sequences that count only with other evidence.</param>
/// <param name="Boost">Multiplies the concept's score; a task word ("point to") outweighs the content words around it.</param>
public sealed record RouteConcept(string Name, bool Generic, IReadOnlyList<RouteTarget> Targets, IReadOnlyList<string[]> Phrases, IReadOnlyList<string[]> Hints, double Boost = 1);
