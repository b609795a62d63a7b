using Cosyn.Pipelines.ChartHtml;
using Cosyn.Pipelines.ChartLatex;
using Cosyn.Pipelines.ChartMatplotlib;
using Cosyn.Pipelines.ChartPlotly;
using Cosyn.Pipelines.ChartVegaLite;
using Cosyn.Pipelines.ChemicalRdkit;
using Cosyn.Pipelines.CircuitLatex;
using Cosyn.Pipelines.DiagramGraphviz;
using Cosyn.Pipelines.DiagramLatex;
using Cosyn.Pipelines.DiagramMermaid;
using Cosyn.Pipelines.DocumentHtml;
using Cosyn.Pipelines.DocumentLatex;
using Cosyn.Pipelines.GraphicAsymptote;
using Cosyn.Pipelines.GraphicSvg;
using Cosyn.Pipelines.MathLatex;
using Cosyn.Pipelines.MusicLilypond;
using Cosyn.Pipelines.PointHtml;
using Cosyn.Pipelines.ScreenHtml;
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
        new MathLatexPipeline(),
        new GraphicAsymptotePipeline(),
        new GraphicSvgPipeline(),
        new ScreenHtmlPipeline(),
        new PointHtmlPipeline(),
        new DocumentLatexPipeline(),
        new DocumentHtmlPipeline(),
        new CircuitLatexPipeline(),
        new ChemicalRdkitPipeline(),
        new MusicLilypondPipeline(),
        new DiagramGraphvizPipeline(),
        new DiagramMermaidPipeline(),
        new DiagramLatexPipeline(),
    ];
}
