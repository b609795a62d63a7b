namespace Cosyn.Families.Charts.Writers.Latex;

/// <summary>The procedural <c>chart-latex</c> pipeline: shared chart topic, data and QA stages, with pgfplots / pgf-pie code.</summary>
public sealed class ChartLatexPipeline : ChartPipeline
{
    public override string Name => "chart-latex";

    public override IReadOnlyList<string> FigureTypes { get; } =
    [
        ChartFigureTypes.Bar, ChartFigureTypes.HorizontalBar, ChartFigureTypes.GroupedBar, ChartFigureTypes.StackedBar,
        ChartFigureTypes.Line, ChartFigureTypes.MultiLine, ChartFigureTypes.Area, ChartFigureTypes.Pie, ChartFigureTypes.Scatter,
    ];

    protected override string WriteCode(ChartSpec spec, SeededRandom random) => PgfplotsCodeWriter.Write(spec, random);
}
