using Cosyn.Families.Tables.Qa;

namespace Cosyn.Families.Tables;

/// <summary>
/// The stages every table pipeline shares: persona-conditioned topic, JSON data and QA from the typed table.
/// A table pipeline adds only its definition and its code writer.
/// </summary>
public static class TableStages
{
    /// <summary>The stages for one pipeline, with its own planner and question generator.</summary>
    public static PipelineStages<TablePlan, TableSpec> Create() =>
        new(new TableTopicPlanner().Plan, TableDataGenerator.Generate, TableJson.Write, new TableQaGenerator().Generate);
}
