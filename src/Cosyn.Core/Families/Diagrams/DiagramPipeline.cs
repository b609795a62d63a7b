using Cosyn.Catalog;
using Cosyn.Families.Diagrams.Builders;
using Cosyn.Families.Diagrams.Model;
using Cosyn.Families.Diagrams.Qa;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Families.Diagrams;

/// <summary>
/// The stages every diagram pipeline shares: persona-conditioned subject, typed diagram and its JSON, and QA computed
/// from the structure. A diagram pipeline adds only its definition and code writer.
/// </summary>
public abstract class DiagramPipeline(PipelineDefinition definition, ICodeWriter<Diagram> writer)
    : StagedPipeline<DiagramPlan, Diagram>(definition, Stages, writer)
{
    private static readonly PipelineStages<DiagramPlan, Diagram> Stages =
        new(DiagramTopicPlanner.Plan, DiagramBuilder.Build, DiagramJson.Write, DiagramQaGenerator.Generate);
}
