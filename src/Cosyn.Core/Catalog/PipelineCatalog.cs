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

namespace Cosyn.Catalog;

/// <summary>
/// The full CoSyn pipeline catalog: one line per pipeline, each pointing at the <see cref="PipelineDefinition"/> its
/// writer folder declares. The order is part of determinism (run plans, demo and seeds walk it), so new lines go last.
/// </summary>
public static class PipelineCatalog
{
    /// <summary>All pipelines, in catalog order.</summary>
    public static IReadOnlyList<PipelineDefinition> All { get; } =
    [
        ChartMatplotlibPipeline.Definition,
        ChartPlotlyPipeline.Definition,
        ChartVegaLitePipeline.Definition,
        ChartLatexPipeline.Definition,
        ChartHtmlPipeline.Definition,
        TableLatexPipeline.Definition,
        TableMatplotlibPipeline.Definition,
        TablePlotlyPipeline.Definition,
        TableHtmlPipeline.Definition,
        DocumentLatexPipeline.Definition,
        DocumentHtmlPipeline.Definition,
        DiagramGraphvizPipeline.Definition,
        DiagramMermaidPipeline.Definition,
        DiagramLatexPipeline.Definition,
        CircuitLatexPipeline.Definition,
        ChemicalRdkitPipeline.Definition,
        MathLatexPipeline.Definition,
        MusicLilypondPipeline.Definition,
        GraphicSvgPipeline.Definition,
        GraphicAsymptotePipeline.Definition,
        ScreenHtmlPipeline.Definition,
        PointHtmlPipeline.Definition,
    ];

    /// <summary>Looks a pipeline up by name (case-insensitive).</summary>
    public static PipelineDefinition? Find(string name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
}
