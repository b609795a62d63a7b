namespace Cosyn.Families.Charts.Writers.Html;

/// <summary>The procedural <c>chart-html</c> pipeline: shared chart topic, data and QA stages, with a page of hand-written inline SVG.</summary>
public sealed class ChartHtmlPipeline : ChartPipeline
{
    public override string Name => "chart-html";

    public override IReadOnlyList<string> FigureTypes { get; } =
    [
        ChartFigureTypes.Bar, ChartFigureTypes.HorizontalBar, ChartFigureTypes.GroupedBar, ChartFigureTypes.StackedBar,
        ChartFigureTypes.Line, ChartFigureTypes.MultiLine, ChartFigureTypes.Area, ChartFigureTypes.Pie, ChartFigureTypes.Donut,
    ];

    protected override string WriteCode(ChartSpec spec, SeededRandom random) => HtmlChartWriter.Write(spec, random);
}
