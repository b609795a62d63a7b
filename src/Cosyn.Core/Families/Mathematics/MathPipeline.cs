using Cosyn.Catalog;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Families.Mathematics;

/// <summary>
/// The stages every math and geometry pipeline shares: a problem from a family of the figure type, its JSON question +
/// solution, and QA from the typed problem. A pipeline adds its definition, families per figure type and its code writer.
/// </summary>
public abstract class MathPipeline(PipelineDefinition definition) : ModelPipeline<MathProblem, MathProblem>(definition)
{
    /// <summary>Problem families per figure type this pipeline draws, keyed in the definition's figure-type order.</summary>
    protected abstract IReadOnlyDictionary<string, IReadOnlyList<IMathFamily>> FamiliesByType { get; }

    /// <summary>Whether the image is a figure (QA then reads values "from the figure").</summary>
    protected abstract bool DrawsFigure { get; }

    protected override ProceduralTopic PlanTopic(SampleTicket ticket, SeededRandom random) => MathTopicPlanner.Plan(ticket, FamiliesByType, random);

    /// <summary>The topic stage already made the whole problem; the data stage only writes it out.</summary>
    protected override MathProblem BuildModel(MathProblem plan, SeededRandom random) => plan;

    protected override string DataText(MathProblem model) => MathJson.Write(model);

    protected override IReadOnlyList<QaPair> WriteQa(MathProblem model, SeededRandom random) => MathQaGenerator.Generate(model, DrawsFigure, random);
}
