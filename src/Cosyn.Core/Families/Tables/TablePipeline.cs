using Cosyn.Catalog;
using Cosyn.Families.Tables.Qa;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Families.Tables;

/// <summary>
/// The stages every table pipeline shares: persona-conditioned topic, JSON data and QA from the typed table.
/// A table pipeline adds only its definition and its code writer.
/// </summary>
public abstract class TablePipeline(PipelineDefinition definition, ICodeWriter<TableSpec> writer)
    : StagedPipeline<TablePlan, TableSpec>(definition, Stages(), writer)
{
    // Each pipeline gets its own planner and question generator.
    private static PipelineStages<TablePlan, TableSpec> Stages() =>
        new(new TableTopicPlanner().Plan, TableDataGenerator.Generate, TableJson.Write, new TableQaGenerator().Generate);
}
