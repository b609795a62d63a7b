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

/// <summary>The built-in tools, one line each: adding a tool is a <c>Rendering/&lt;Tool&gt;/</c> folder plus one line here (docs/adding-a-tool.md).</summary>
public static class ToolRegistry
{
    /// <summary>Every built-in tool, in catalog order.</summary>
    public static IReadOnlyList<ToolDefinition> All { get; } =
    [
        MatplotlibTool.Definition,
        PlotlyTool.Definition,
        VegaLiteTool.Definition,
        LatexTool.Definition,
        HtmlTool.Definition,
        MermaidTool.Definition,
        GraphvizTool.Definition,
        SvgTool.Definition,
        AsymptoteTool.Definition,
        LilypondTool.Definition,
        RdkitTool.Definition,
    ];

    /// <summary>The tools' names, in catalog order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(t => t.Name)];

    /// <summary>The tool named <paramref name="name"/>, or null.</summary>
    public static ToolDefinition? Find(string name) => All.FirstOrDefault(t => t.Name == name);
}
