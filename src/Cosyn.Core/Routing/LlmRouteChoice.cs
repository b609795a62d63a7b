namespace Cosyn.Routing;

/// <summary>One route as a model wrote it, before validation against the catalog.</summary>
internal sealed record LlmRouteChoice(string? Pipeline, IReadOnlyList<string>? FigureTypes, double Weight, string? Why);
