using Cosyn.Catalog;
using Cosyn.Families.Charts.Qa;
using Cosyn.Synthesis;
using Cosyn.Synthesis.Procedural;

namespace Cosyn.Families.Charts;

/// <summary>
/// A chart pipeline built on the shared layers: topic from <see cref="ChartTopicPlanner"/>, data from
/// <see cref="ChartDataGenerator"/> (CSV), QA from <see cref="ChartQaGenerator"/>. A tool adds only its code writer.
/// </summary>
public abstract class ChartPipeline(PipelineDefinition definition) : ModelPipeline<ChartPlan, ChartSpec>(definition)
{
    private readonly ChartTopicPlanner _planner = new();
    private readonly ChartQaGenerator _qa = new();

    protected override ProceduralTopic PlanTopic(SampleTicket ticket, SeededRandom random) => _planner.Plan(ticket, FigureTypes, random);

    protected override ChartSpec BuildModel(ChartPlan plan, SeededRandom random) => ChartDataGenerator.Generate(plan, random);

    protected override string DataText(ChartSpec model) => ChartCsv.Write(model);

    protected override IReadOnlyList<QaPair> WriteQa(ChartSpec model, SeededRandom random) => _qa.Generate(model, random);
}
