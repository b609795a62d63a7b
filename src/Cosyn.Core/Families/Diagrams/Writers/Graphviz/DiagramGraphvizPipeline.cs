using Cosyn.Catalog;
using Cosyn.Families.Diagrams.Model;
using Cosyn.Rendering;

namespace Cosyn.Families.Diagrams.Writers.Graphviz;

/// <summary>The procedural <c>diagram-graphviz</c> pipeline: shared diagram stages, written as DOT.</summary>
public sealed class DiagramGraphvizPipeline() : StagedPipeline<DiagramPlan, Diagram>(Definition, DiagramStages.Create(), new DotWriter())
{
    /// <summary>The catalog entry.</summary>
    public static PipelineDefinition Definition { get; } = new("diagram-graphviz", PipelineFamily.Diagram, ToolNames.Graphviz, [DiagramFigureTypes.Flowchart, DiagramFigureTypes.OrgChart, DiagramFigureTypes.StateDiagram, DiagramFigureTypes.Network, DiagramFigureTypes.DependencyGraph], SupportsLlm: true, () => new DiagramGraphvizPipeline());
}
