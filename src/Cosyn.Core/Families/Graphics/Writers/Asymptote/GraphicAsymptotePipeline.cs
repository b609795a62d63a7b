using Cosyn.Catalog;
using Cosyn.Families.Mathematics;
using Cosyn.Families.Mathematics.Problems;
using Cosyn.Rendering;

namespace Cosyn.Families.Graphics.Writers.Asymptote;

/// <summary>The procedural <c>graphic-asymptote</c> pipeline: a solved geometry problem drawn as a labelled Asymptote figure.</summary>
public sealed class GraphicAsymptotePipeline() : MathPipeline(Definition)
{
    /// <summary>The catalog entry.</summary>
    public static PipelineDefinition Definition { get; } = new("graphic-asymptote", PipelineFamily.Graphic, ToolNames.Asymptote, GeometryFigureTypes.All, SupportsLlm: true, () => new GraphicAsymptotePipeline());

    protected override IReadOnlyDictionary<string, IReadOnlyList<IMathFamily>> FamiliesByType { get; } = new Dictionary<string, IReadOnlyList<IMathFamily>>(StringComparer.Ordinal)
    {
        [GeometryFigureTypes.Triangle] = [new RightTriangleFamily(), new TriangleAnglesFamily()],
        [GeometryFigureTypes.Circle] = [new SectorFamily()],
        [GeometryFigureTypes.Polygon] = [new RectangleFamily(), new RegularPolygonFamily()],
        [GeometryFigureTypes.CoordinatePlane] = [new CoordinateSegmentFamily()],
        [GeometryFigureTypes.Solid] = [new CylinderFamily(), new BoxFamily()],
    };

    protected override bool DrawsFigure => true;

    protected override string WriteCode(MathProblem problem, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return AsymptoteFigureWriter.Write(problem.Figure!, problem.Title, random);
    }
}
