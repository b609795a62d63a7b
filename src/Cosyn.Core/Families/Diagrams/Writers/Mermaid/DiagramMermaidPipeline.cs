using Cosyn.Catalog;
using Cosyn.Families.Diagrams.Model;
using Cosyn.Rendering;

namespace Cosyn.Families.Diagrams.Writers.Mermaid;

/// <summary>The procedural <c>diagram-mermaid</c> pipeline: shared diagram stages, written as Mermaid.</summary>
public sealed class DiagramMermaidPipeline() : StagedPipeline<DiagramPlan, Diagram>(Definition, DiagramStages.Create(), new MermaidWriter())
{
    /// <summary>The catalog entry.</summary>
    public static PipelineDefinition Definition { get; } = new("diagram-mermaid", PipelineFamily.Diagram, ToolNames.Mermaid, [
        DiagramFigureTypes.Flowchart, DiagramFigureTypes.Sequence, DiagramFigureTypes.Gantt, DiagramFigureTypes.Class,
        DiagramFigureTypes.State, DiagramFigureTypes.Mindmap, DiagramFigureTypes.Timeline, DiagramFigureTypes.Er,
    ], SupportsLlm: true, () => new DiagramMermaidPipeline());
}
