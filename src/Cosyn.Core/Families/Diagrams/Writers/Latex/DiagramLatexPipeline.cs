using Cosyn.Families.Diagrams.Model;

namespace Cosyn.Families.Diagrams.Writers.Latex;

/// <summary>The procedural <c>diagram-latex</c> pipeline: shared diagram stages, written as a standalone TikZ picture.</summary>
public sealed class DiagramLatexPipeline : DiagramPipeline
{
    public override string Name => "diagram-latex";

    public override IReadOnlyList<string> FigureTypes { get; } =
        [DiagramFigureTypes.Flowchart, DiagramFigureTypes.ProcessDiagram, DiagramFigureTypes.Tree, DiagramFigureTypes.Timeline];

    protected override string WriteCode(Diagram diagram, SeededRandom random) => TikzWriter.Write(diagram, random);
}
