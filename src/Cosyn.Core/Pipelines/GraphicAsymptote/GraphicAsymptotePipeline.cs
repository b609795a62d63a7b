using Cosyn.Model;
using Cosyn.Randomness;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;
using Cosyn.Synthesis.Procedural.Mathematics;
using Cosyn.Synthesis.Procedural.Mathematics.Families;

namespace Cosyn.Pipelines.GraphicAsymptote;

/// <summary>The procedural <c>graphic-asymptote</c> pipeline: a solved geometry problem drawn as a labelled Asymptote figure.</summary>
public sealed class GraphicAsymptotePipeline : IProceduralPipeline
{
    private static readonly Dictionary<string, IReadOnlyList<IMathFamily>> FamiliesByType = new(StringComparer.Ordinal)
    {
        ["triangle"] = [new RightTriangleFamily(), new TriangleAnglesFamily()],
        ["circle"] = [new SectorFamily()],
        ["polygon"] = [new RectangleFamily(), new RegularPolygonFamily()],
        ["coordinate plane"] = [new CoordinateSegmentFamily()],
        ["solid"] = [new CylinderFamily(), new BoxFamily()],
    };

    public string Name => "graphic-asymptote";

    public IReadOnlyList<string> FigureTypes { get; } = [.. FamiliesByType.Keys];

    public ProceduralTopic CreateTopic(SampleTicket ticket, SeededRandom random) => MathTopicPlanner.Plan(ticket, FamiliesByType, random);

    public ProceduralData CreateData(SampleTicket ticket, ProceduralTopic topic, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var problem = (MathProblem)topic.Plan;
        return new ProceduralData(MathJson.Write(problem), problem);
    }

    public string WriteCode(SampleTicket ticket, ProceduralTopic topic, ProceduralData data, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(data);
        var problem = (MathProblem)data.Model;
        return AsymptoteFigureWriter.Write(problem.Figure!, problem.Title, random);
    }

    public IReadOnlyList<QaPair> WriteQa(SampleTicket ticket, ProceduralTopic topic, ProceduralData data, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(data);
        return MathQaGenerator.Generate((MathProblem)data.Model, figure: true, random);
    }
}
