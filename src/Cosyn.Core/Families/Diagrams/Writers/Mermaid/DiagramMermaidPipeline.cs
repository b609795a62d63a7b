using Cosyn.Families.Diagrams.Model;

namespace Cosyn.Families.Diagrams.Writers.Mermaid;

/// <summary>The procedural <c>diagram-mermaid</c> pipeline: shared diagram stages, written as Mermaid.</summary>
public sealed class DiagramMermaidPipeline : DiagramPipeline
{
    public override string Name => "diagram-mermaid";

    public override IReadOnlyList<string> FigureTypes { get; } =
    [
        DiagramFigureTypes.Flowchart, DiagramFigureTypes.Sequence, DiagramFigureTypes.Gantt, DiagramFigureTypes.Class,
        DiagramFigureTypes.State, DiagramFigureTypes.Mindmap, DiagramFigureTypes.Timeline, DiagramFigureTypes.Er,
    ];

    protected override string WriteCode(Diagram diagram, SeededRandom random) => MermaidWriter.Write(diagram, random);
}
