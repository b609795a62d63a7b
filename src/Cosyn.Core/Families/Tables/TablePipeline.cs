using Cosyn.Catalog;
using Cosyn.Families.Tables.Qa;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Families.Tables;

/// <summary>
/// The stages every table pipeline shares: persona-conditioned topic, JSON data and QA from the typed table.
/// A table pipeline adds only its definition and its code writer.
/// </summary>
public abstract class TablePipeline(PipelineDefinition definition) : ModelPipeline<TablePlan, TableSpec>(definition)
{
    private readonly TableTopicPlanner _planner = new();
    private readonly TableQaGenerator _qa = new();

    protected override ProceduralTopic PlanTopic(SampleTicket ticket, SeededRandom random) => _planner.Plan(ticket, FigureTypes, random);

    protected override TableSpec BuildModel(TablePlan plan, SeededRandom random) => TableDataGenerator.Generate(plan, random);

    protected override string DataText(TableSpec model) => TableJson.Write(model);

    protected override IReadOnlyList<QaPair> WriteQa(TableSpec model, SeededRandom random) => _qa.Generate(model, random);
}
