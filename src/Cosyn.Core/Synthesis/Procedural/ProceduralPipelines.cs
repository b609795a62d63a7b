using Cosyn.Pipelines.ChartHtml;
using Cosyn.Pipelines.ChartLatex;
using Cosyn.Pipelines.ChartMatplotlib;
using Cosyn.Pipelines.ChartPlotly;
using Cosyn.Pipelines.ChartVegaLite;
using Cosyn.Pipelines.DiagramGraphviz;
using Cosyn.Pipelines.DiagramLatex;
using Cosyn.Pipelines.DiagramMermaid;
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
        new ChartPlotlyPipeline(),
        new ChartVegaLitePipeline(),
        new ChartLatexPipeline(),
        new ChartHtmlPipeline(),
        new TableLatexPipeline(),
        new TableMatplotlibPipeline(),
        new TablePlotlyPipeline(),
        new TableHtmlPipeline(),
        new DiagramGraphvizPipeline(),
        new DiagramMermaidPipeline(),
        new DiagramLatexPipeline(),
    ];
}
