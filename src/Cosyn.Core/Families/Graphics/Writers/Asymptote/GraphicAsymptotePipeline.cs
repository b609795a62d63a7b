using Cosyn.Families.Mathematics;
using Cosyn.Families.Mathematics.Problems;

namespace Cosyn.Families.Graphics.Writers.Asymptote;

/// <summary>The procedural <c>graphic-asymptote</c> pipeline: a solved geometry problem drawn as a labelled Asymptote figure.</summary>
public sealed class GraphicAsymptotePipeline : MathPipeline
{
    public override string Name => "graphic-asymptote";

    protected override IReadOnlyDictionary<string, IReadOnlyList<IMathFamily>> FamiliesByType { get; } = new Dictionary<string, IReadOnlyList<IMathFamily>>(StringComparer.Ordinal)
    {
        ["triangle"] = [new RightTriangleFamily(), new TriangleAnglesFamily()],
        ["circle"] = [new SectorFamily()],
        ["polygon"] = [new RectangleFamily(), new RegularPolygonFamily()],
        ["coordinate plane"] = [new CoordinateSegmentFamily()],
        ["solid"] = [new CylinderFamily(), new BoxFamily()],
    };

    protected override bool DrawsFigure => true;

    protected override string WriteCode(MathProblem problem, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return AsymptoteFigureWriter.Write(problem.Figure!, problem.Title, random);
    }
}
