using Cosyn.Catalog;
using Cosyn.Rendering;

namespace Cosyn.Families.Charts.Writers.Plotly;

/// <summary>The procedural <c>chart-plotly</c> pipeline: shared chart topic, data and QA stages, with Plotly Python code.</summary>
public sealed class ChartPlotlyPipeline() : StagedPipeline<ChartPlan, ChartSpec>(Definition, ChartStages.Create(), new PlotlyCodeWriter())
{
    /// <summary>The catalog entry; figure types: the shared types plus every extended type, all drawn with Plotly's own traces.</summary>
    public static PipelineDefinition Definition { get; } = new("chart-plotly", PipelineFamily.Chart, ToolNames.Plotly, ChartFigureTypes.All, SupportsLlm: true, () => new ChartPlotlyPipeline());
}
