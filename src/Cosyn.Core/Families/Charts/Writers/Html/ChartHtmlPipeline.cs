using Cosyn.Catalog;
using Cosyn.Rendering;

namespace Cosyn.Families.Charts.Writers.Html;

/// <summary>The procedural <c>chart-html</c> pipeline: shared chart topic, data and QA stages, with a page of hand-written inline SVG.</summary>
public sealed class ChartHtmlPipeline() : StagedPipeline<ChartPlan, ChartSpec>(Definition, ChartStages.Create(), new HtmlChartWriter())
{
    /// <summary>The catalog entry; figure types: the standard ones but scatter.</summary>
    public static PipelineDefinition Definition { get; } = new("chart-html", PipelineFamily.Chart, ToolNames.Html, [.. ChartFigureTypes.Standard.Where(t => t != ChartFigureTypes.Scatter)], SupportsLlm: true, () => new ChartHtmlPipeline());
}
