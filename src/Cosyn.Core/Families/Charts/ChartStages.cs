using Cosyn.Families.Charts.Qa;

namespace Cosyn.Families.Charts;

/// <summary>
/// The stages every chart pipeline shares: topic from <see cref="ChartTopicPlanner"/>, data from
/// <see cref="ChartDataGenerator"/> (CSV), QA from <see cref="ChartQaGenerator"/>. A tool adds only its code writer.
/// </summary>
public static class ChartStages
{
    /// <summary>The stages for one pipeline, with its own planner and question generator.</summary>
    public static PipelineStages<ChartPlan, ChartSpec> Create() =>
        new(new ChartTopicPlanner().Plan, ChartDataGenerator.Generate, ChartCsv.Write, new ChartQaGenerator().Generate);
}
