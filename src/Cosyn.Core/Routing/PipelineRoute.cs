using Cosyn.Catalog;

namespace Cosyn.Routing;

/// <summary>One chosen pipeline: the figure types to draw (empty: any of its own), its share of the count, and why.</summary>
public sealed record PipelineRoute(PipelineDefinition Pipeline, IReadOnlyList<string> FigureTypes, double Weight, string Why);
