using Cosyn.Catalog;
using Cosyn.Rendering;

namespace Cosyn.Families.Charts.Writers.VegaLite;

/// <summary>The procedural <c>chart-vegalite</c> pipeline: shared chart topic, data and QA stages, with a Vega-Lite v6 JSON spec as the code.</summary>
public sealed class ChartVegaLitePipeline() : StagedPipeline<ChartPlan, ChartSpec>(Definition, ChartStages.Create(), new VegaLiteSpecWriter())
{
    /// <summary>The catalog entry; figure types: the shared types plus the distribution and matrix types Vega-Lite draws idiomatically (circle sizes, bins, rect).</summary>
    public static PipelineDefinition Definition { get; } = new("chart-vegalite", PipelineFamily.Chart, ToolNames.VegaLite, [.. ChartFigureTypes.Standard, ChartFigureTypes.Bubble, ChartFigureTypes.Histogram, ChartFigureTypes.Heatmap], SupportsLlm: true, () => new ChartVegaLitePipeline());
}
