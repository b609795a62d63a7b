using Cosyn.Catalog;
using Cosyn.Rendering;

namespace Cosyn.Families.Charts.Writers.Latex;

/// <summary>The procedural <c>chart-latex</c> pipeline: shared chart topic, data and QA stages, with pgfplots / pgf-pie code.</summary>
public sealed class ChartLatexPipeline() : ChartPipeline(Definition)
{
    /// <summary>The catalog entry.</summary>
    public static PipelineDefinition Definition { get; } = new("chart-latex", PipelineFamily.Chart, ToolNames.Latex, [
        ChartFigureTypes.Bar, ChartFigureTypes.HorizontalBar, ChartFigureTypes.GroupedBar, ChartFigureTypes.StackedBar,
        ChartFigureTypes.Line, ChartFigureTypes.MultiLine, ChartFigureTypes.Area, ChartFigureTypes.Pie, ChartFigureTypes.Scatter,
    ], SupportsLlm: true, () => new ChartLatexPipeline());

    protected override string WriteCode(ChartSpec spec, SeededRandom random) => PgfplotsCodeWriter.Write(spec, random);
}
