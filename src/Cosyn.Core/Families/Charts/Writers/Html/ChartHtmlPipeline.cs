using Cosyn.Catalog;
using Cosyn.Rendering;

namespace Cosyn.Families.Charts.Writers.Html;

/// <summary>The procedural <c>chart-html</c> pipeline: shared chart topic, data and QA stages, with a page of hand-written inline SVG.</summary>
public sealed class ChartHtmlPipeline() : ChartPipeline(Definition)
{
    /// <summary>The catalog entry.</summary>
    public static PipelineDefinition Definition { get; } = new("chart-html", PipelineFamily.Chart, ToolNames.Html, [
        ChartFigureTypes.Bar, ChartFigureTypes.HorizontalBar, ChartFigureTypes.GroupedBar, ChartFigureTypes.StackedBar,
        ChartFigureTypes.Line, ChartFigureTypes.MultiLine, ChartFigureTypes.Area, ChartFigureTypes.Pie, ChartFigureTypes.Donut,
    ], SupportsLlm: true, () => new ChartHtmlPipeline());

    protected override string WriteCode(ChartSpec spec, SeededRandom random) => HtmlChartWriter.Write(spec, random);
}
