using Cosyn.Catalog;
using Cosyn.Rendering;

namespace Cosyn.Families.Charts.Writers.Latex;

/// <summary>The procedural <c>chart-latex</c> pipeline: shared chart topic, data and QA stages, with pgfplots / pgf-pie code.</summary>
public sealed class ChartLatexPipeline() : StagedPipeline<ChartPlan, ChartSpec>(Definition, ChartStages.Create(), new PgfplotsCodeWriter())
{
    /// <summary>The catalog entry; figure types: the standard ones but the donut.</summary>
    public static PipelineDefinition Definition { get; } = new("chart-latex", PipelineFamily.Chart, ToolNames.Latex, [.. ChartFigureTypes.Standard.Where(t => t != ChartFigureTypes.Donut)], SupportsLlm: true, () => new ChartLatexPipeline());
}
