using Cosyn.Catalog;
using Cosyn.Families.Mathematics;
using Cosyn.Rendering;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Families.Graphics.Writers.Svg;

/// <summary>
/// The procedural <c>graphic-svg</c> pipeline: solved geometry problems as SVG cards (statement and labelled figure),
/// and persona-conditioned infographics, icon panels and simple maps with QA over their labels and numbers.
/// </summary>
public sealed class GraphicSvgPipeline() : ModelPipeline<SvgSubject, SvgSubject>(Definition)
{
    /// <summary>The geometry figure type.</summary>
    public const string GeometryProblem = "geometry problem";

    /// <summary>The catalog entry.</summary>
    public static PipelineDefinition Definition { get; } = new("graphic-svg", PipelineFamily.Graphic, ToolNames.Svg, [GeometryProblem, GraphicKinds.Infographic, GraphicKinds.Icons, GraphicKinds.Map], SupportsLlm: true, () => new GraphicSvgPipeline());

    private static readonly Dictionary<string, IReadOnlyList<IMathFamily>> GeometryFamilies = new(StringComparer.Ordinal)
    {
        [GeometryProblem] = [.. MathFamilies.All.Where(f => f.HasFigure)],
    };

    protected override ProceduralTopic PlanTopic(SampleTicket ticket, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(random);
        // A query names a type by its first word ("geometry", "infographic", "icon", "map").
        var type = FigureTypeChoice.Choose(ticket, FigureTypes, (query, types, _) => types.FirstOrDefault(t => query.ToLowerInvariant().Contains(t.Split(' ')[0], StringComparison.Ordinal)), random);
        if (type == GeometryProblem)
        {
            var (figureType, problem) = MathTopicPlanner.Problem(ticket with { FigureType = GeometryProblem }, GeometryFamilies, random);
            return new ProceduralTopic(figureType, problem.Title, SvgSubject.Of(problem));
        }

        var spec = GraphicDataGenerator.Create(type, ticket.Persona.Text, random);
        return new ProceduralTopic(type, spec.Title, SvgSubject.Of(spec));
    }

    /// <summary>The topic stage already made the whole subject; the data stage only writes it out.</summary>
    protected override SvgSubject BuildModel(SvgSubject plan, SeededRandom random) => plan;

    protected override string DataText(SvgSubject model) => model.Match(MathJson.Write, GraphicJson.Write);

    protected override string WriteCode(SvgSubject model, SeededRandom random) =>
        model.Match(problem => SvgFigureWriter.Write(problem, random), graphic => SvgGraphicWriter.Write(graphic, random));

    protected override IReadOnlyList<QaPair> WriteQa(SvgSubject model, SeededRandom random) =>
        model.Match(problem => MathQaGenerator.Generate(problem, figure: true, random), graphic => GraphicQaGenerator.Generate(graphic, random));
}
