using Cosyn.Families.Charts.Writers.Html;
using Cosyn.Families.Charts.Writers.Latex;
using Cosyn.Families.Charts.Writers.Matplotlib;
using Cosyn.Families.Charts.Writers.Plotly;
using Cosyn.Families.Charts.Writers.VegaLite;
using Cosyn.Families.Chemistry.Writers.Rdkit;
using Cosyn.Families.Circuits.Writers.Latex;
using Cosyn.Families.Diagrams.Writers.Graphviz;
using Cosyn.Families.Diagrams.Writers.Latex;
using Cosyn.Families.Diagrams.Writers.Mermaid;
using Cosyn.Families.Documents.Writers.Html;
using Cosyn.Families.Documents.Writers.Latex;
using Cosyn.Families.Graphics.Writers.Asymptote;
using Cosyn.Families.Graphics.Writers.Svg;
using Cosyn.Families.Mathematics.Writers.Latex;
using Cosyn.Families.Music.Writers.Lilypond;
using Cosyn.Families.Points.Writers.Html;
using Cosyn.Families.Screens.Writers.Html;
using Cosyn.Families.Tables.Writers.Html;
using Cosyn.Families.Tables.Writers.Latex;
using Cosyn.Families.Tables.Writers.Matplotlib;
using Cosyn.Families.Tables.Writers.Plotly;

namespace Cosyn.Synthesis.Procedural;

/// <summary>The built-in procedural pipelines. Adding a pipeline: implement <see cref="IProceduralPipeline"/> in its family folder (Families/FAMILY/Writers/TOOL/) and list it here.</summary>
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
