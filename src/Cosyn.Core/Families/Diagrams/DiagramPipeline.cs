using Cosyn.Catalog;
using Cosyn.Families.Diagrams.Builders;
using Cosyn.Families.Diagrams.Model;
using Cosyn.Families.Diagrams.Qa;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Families.Diagrams;

/// <summary>
/// The stages every diagram pipeline shares: persona-conditioned subject, typed diagram and its JSON, and QA computed
/// from the structure. A diagram pipeline adds only its definition and code writer.
/// </summary>
public abstract class DiagramPipeline(PipelineDefinition definition) : ModelPipeline<DiagramPlan, Diagram>(definition)
{
    protected override ProceduralTopic PlanTopic(SampleTicket ticket, SeededRandom random) => DiagramTopicPlanner.Plan(ticket, FigureTypes, random);

    protected override Diagram BuildModel(DiagramPlan plan, SeededRandom random) => DiagramBuilder.Build(plan, random);

    protected override string DataText(Diagram model) => DiagramJson.Write(model);

    protected override IReadOnlyList<QaPair> WriteQa(Diagram model, SeededRandom random) => DiagramQaGenerator.Generate(model, random);
}
