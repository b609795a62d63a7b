using Cosyn.Catalog;
using Cosyn.Families.Diagrams.Model;
using Cosyn.Rendering;

namespace Cosyn.Families.Diagrams.Writers.Latex;

/// <summary>The procedural <c>diagram-latex</c> pipeline: shared diagram stages, written as a standalone TikZ picture.</summary>
public sealed class DiagramLatexPipeline() : StagedPipeline<DiagramPlan, Diagram>(Definition, DiagramStages.Create(), new TikzWriter())
{
    /// <summary>The catalog entry.</summary>
    public static PipelineDefinition Definition { get; } = new("diagram-latex", PipelineFamily.Diagram, ToolNames.Latex, [DiagramFigureTypes.Flowchart, DiagramFigureTypes.ProcessDiagram, DiagramFigureTypes.Tree, DiagramFigureTypes.Timeline], SupportsLlm: true, () => new DiagramLatexPipeline());
}
