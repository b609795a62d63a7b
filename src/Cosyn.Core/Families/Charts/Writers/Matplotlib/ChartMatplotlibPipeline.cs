using Cosyn.Catalog;
using Cosyn.Rendering;

namespace Cosyn.Families.Charts.Writers.Matplotlib;

/// <summary>
/// The procedural <c>chart-matplotlib</c> pipeline: shared chart topic, data and QA stages, with matplotlib code.
/// Other chart pipelines reuse everything but <see cref="MatplotlibCodeWriter"/>.
/// </summary>
public sealed class ChartMatplotlibPipeline() : StagedPipeline<ChartPlan, ChartSpec>(Definition, ChartStages.Create(), new MatplotlibCodeWriter())
{
    /// <summary>The catalog entry.</summary>
    public static PipelineDefinition Definition { get; } = new("chart-matplotlib", PipelineFamily.Chart, ToolNames.Matplotlib, ChartFigureTypes.All, SupportsLlm: true, () => new ChartMatplotlibPipeline());
}
