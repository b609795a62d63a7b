namespace Cosyn.Routing;

/// <summary>How strongly a query names one concept, with the phrases that said so.</summary>
internal sealed record ConceptScore(RouteConcept Concept, double Score, bool HasPhrase, IReadOnlyList<string> Evidence);
