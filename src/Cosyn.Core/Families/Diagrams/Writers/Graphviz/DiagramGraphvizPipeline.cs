using Cosyn.Families.Diagrams.Model;

namespace Cosyn.Families.Diagrams.Writers.Graphviz;

/// <summary>The procedural <c>diagram-graphviz</c> pipeline: shared diagram stages, written as DOT.</summary>
public sealed class DiagramGraphvizPipeline : DiagramPipeline
{
    public override string Name => "diagram-graphviz";

    public override IReadOnlyList<string> FigureTypes { get; } =
        [DiagramFigureTypes.Flowchart, DiagramFigureTypes.OrgChart, DiagramFigureTypes.StateDiagram, DiagramFigureTypes.Network, DiagramFigureTypes.DependencyGraph];

    protected override string WriteCode(Diagram diagram, SeededRandom random) => DotWriter.Write((GraphDiagram)diagram, random);
}
