using Cosyn.Model;
using Cosyn.Randomness;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;
using Cosyn.Synthesis.Procedural.Mathematics;

namespace Cosyn.Pipelines.GraphicSvg;

/// <summary>The procedural <c>graphic-svg</c> pipeline: a solved geometry problem as an SVG card (statement and labelled figure).</summary>
public sealed class GraphicSvgPipeline : IProceduralPipeline
{
    /// <summary>The figure type this pipeline draws.</summary>
    public const string GeometryProblem = "geometry problem";

    private static readonly Dictionary<string, IReadOnlyList<IMathFamily>> FamiliesByType = new(StringComparer.Ordinal)
    {
        [GeometryProblem] = [.. MathFamilies.All.Where(f => f.HasFigure)],
    };

    public string Name => "graphic-svg";

    public IReadOnlyList<string> FigureTypes { get; } = [GeometryProblem];

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
        return SvgFigureWriter.Write((MathProblem)data.Model, random);
    }

    public IReadOnlyList<QaPair> WriteQa(SampleTicket ticket, ProceduralTopic topic, ProceduralData data, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(data);
        return MathQaGenerator.Generate((MathProblem)data.Model, figure: true, random);
    }
}
