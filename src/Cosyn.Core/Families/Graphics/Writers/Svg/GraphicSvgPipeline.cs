using Cosyn.Families.Mathematics;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Families.Graphics.Writers.Svg;

/// <summary>
/// The procedural <c>graphic-svg</c> pipeline: solved geometry problems as SVG cards (statement and labelled figure),
/// and persona-conditioned infographics, icon panels and simple maps with QA over their labels and numbers.
/// </summary>
public sealed class GraphicSvgPipeline : MathPipeline
{
    /// <summary>The geometry figure type.</summary>
    public const string GeometryProblem = "geometry problem";

    private static readonly string[] GraphicTypes = [GraphicKinds.Infographic, GraphicKinds.Icons, GraphicKinds.Map];

    public override string Name => "graphic-svg";

    public override IReadOnlyList<string> FigureTypes { get; } = [GeometryProblem, .. GraphicTypes];

    protected override IReadOnlyDictionary<string, IReadOnlyList<IMathFamily>> FamiliesByType { get; } = new Dictionary<string, IReadOnlyList<IMathFamily>>(StringComparer.Ordinal)
    {
        [GeometryProblem] = [.. MathFamilies.All.Where(f => f.HasFigure)],
    };

    protected override bool DrawsFigure => true;

    public override ProceduralTopic CreateTopic(SampleTicket ticket, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(random);
        var query = ticket.Query?.ToLowerInvariant() ?? string.Empty;
        var type = ticket.FigureType is { } fixedType && FigureTypes.Contains(fixedType)
            ? fixedType
            : FigureTypes.FirstOrDefault(t => query.Contains(t.Split(' ')[0], StringComparison.Ordinal)) ?? random.Pick(FigureTypes);
        if (type == GeometryProblem)
        {
            return base.CreateTopic(ticket with { FigureType = GeometryProblem }, random);
        }

        var spec = GraphicDataGenerator.Create(type, ticket.Persona.Text, random);
        return new ProceduralTopic(type, spec.Title, spec);
    }

    public override ProceduralData CreateData(SampleTicket ticket, ProceduralTopic topic, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(topic);
        return topic.Plan is GraphicSpec spec ? new ProceduralData(GraphicJson.Write(spec), spec) : base.CreateData(ticket, topic, random);
    }

    public override string WriteCode(SampleTicket ticket, ProceduralTopic topic, ProceduralData data, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.Model is GraphicSpec spec ? SvgGraphicWriter.Write(spec, random) : base.WriteCode(ticket, topic, data, random);
    }

    public override IReadOnlyList<QaPair> WriteQa(SampleTicket ticket, ProceduralTopic topic, ProceduralData data, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.Model is GraphicSpec spec ? GraphicQaGenerator.Generate(spec, random) : base.WriteQa(ticket, topic, data, random);
    }

    protected override string WriteCode(MathProblem problem, SeededRandom random) => SvgFigureWriter.Write(problem, random);
}
