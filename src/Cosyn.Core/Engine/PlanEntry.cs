using Cosyn.Catalog;

namespace Cosyn.Engine;

/// <summary>A pipeline in a run's plan: its relative share of the count and, when routing chose them, the figure types to draw.</summary>
/// <param name="Pipeline">The pipeline.</param>
/// <param name="Weight">Relative share of the count (any positive scale).</param>
/// <param name="FigureTypes">Figure types its samples cycle through; empty lets the pipeline choose.</param>
public sealed record PlanEntry(PipelineDefinition Pipeline, double Weight, IReadOnlyList<string> FigureTypes)
{
    /// <summary>An even share, figure types left to the pipeline.</summary>
    public static PlanEntry Even(PipelineDefinition pipeline) => new(pipeline, 1, []);
}
