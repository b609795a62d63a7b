using Cosyn.Catalog;
using Cosyn.Families.Charts.Qa;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Families.Charts;

/// <summary>
/// A chart pipeline built on the shared layers: topic from <see cref="ChartTopicPlanner"/>, data from
/// <see cref="ChartDataGenerator"/> (CSV), QA from <see cref="ChartQaGenerator"/>. A tool adds only its code writer.
/// </summary>
public abstract class ChartPipeline(PipelineDefinition definition, ICodeWriter<ChartSpec> writer)
    : StagedPipeline<ChartPlan, ChartSpec>(definition, Stages(), writer)
{
    // Each pipeline gets its own planner and question generator.
    private static PipelineStages<ChartPlan, ChartSpec> Stages() =>
        new(new ChartTopicPlanner().Plan, ChartDataGenerator.Generate, ChartCsv.Write, new ChartQaGenerator().Generate);
}
