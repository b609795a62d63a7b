using Cosyn.Pipelines.ChartMatplotlib;
using Cosyn.Pipelines.TableHtml;
using Cosyn.Pipelines.TableLatex;
using Cosyn.Pipelines.TableMatplotlib;
using Cosyn.Pipelines.TablePlotly;

namespace Cosyn.Synthesis.Procedural;

/// <summary>The built-in procedural pipelines. Adding a pipeline: implement <see cref="IProceduralPipeline"/> under Pipelines/NAME/ and list it here.</summary>
public static class ProceduralPipelines
{
    public static IReadOnlyList<IProceduralPipeline> All { get; } =
    [
        new ChartMatplotlibPipeline(),
        new TableMatplotlibPipeline(),
        new TableHtmlPipeline(),
        new TableLatexPipeline(),
        new TablePlotlyPipeline(),
    ];
}
