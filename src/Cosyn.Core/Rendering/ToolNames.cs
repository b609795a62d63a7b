using Cosyn.Rendering.Asymptote;
using Cosyn.Rendering.Graphviz;
using Cosyn.Rendering.Html;
using Cosyn.Rendering.Latex;
using Cosyn.Rendering.Lilypond;
using Cosyn.Rendering.Matplotlib;
using Cosyn.Rendering.Mermaid;
using Cosyn.Rendering.Plotly;
using Cosyn.Rendering.Rdkit;
using Cosyn.Rendering.Svg;
using Cosyn.Rendering.VegaLite;

namespace Cosyn.Rendering;

/// <summary>
/// Short aliases of the built-in tools' names for code outside Rendering (the pipeline catalog, tests); each name is
/// declared by its tool's definition, and <see cref="ToolRegistry"/> is the list.
/// </summary>
public static class ToolNames
{
    public const string Matplotlib = MatplotlibTool.Name;
    public const string Plotly = PlotlyTool.Name;
    public const string VegaLite = VegaLiteTool.Name;
    public const string Latex = LatexTool.Name;
    public const string Html = HtmlTool.Name;
    public const string Mermaid = MermaidTool.Name;
    public const string Graphviz = GraphvizTool.Name;
    public const string Svg = SvgTool.Name;
    public const string Asymptote = AsymptoteTool.Name;
    public const string Lilypond = LilypondTool.Name;
    public const string Rdkit = RdkitTool.Name;
}
