using Cosyn.Families.Diagrams.Builders;
using Cosyn.Families.Diagrams.Model;
using Cosyn.Families.Diagrams.Qa;

namespace Cosyn.Families.Diagrams;

/// <summary>
/// The stages every diagram pipeline shares: persona-conditioned subject, typed diagram and its JSON, and QA computed
/// from the structure. A diagram pipeline adds only its definition and code writer.
/// </summary>
public static class DiagramStages
{
    /// <summary>The stages for one pipeline.</summary>
    public static PipelineStages<DiagramPlan, Diagram> Create() =>
        new(DiagramTopicPlanner.Plan, DiagramBuilder.Build, DiagramJson.Write, DiagramQaGenerator.Generate);
}
