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

/// <summary>The built-in tools: adding a tool is a renderer class plus one line here.</summary>
public static class RendererRegistrations
{
    /// <summary>Factories for every built-in renderer, keyed by tool name.</summary>
    public static IReadOnlyDictionary<string, Func<IRenderer>> Create(RenderingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new Dictionary<string, Func<IRenderer>>(StringComparer.Ordinal)
        {
            [ToolNames.Matplotlib] = () => new MatplotlibRenderer(settings.Python),
            [ToolNames.Rdkit] = () => new RdkitRenderer(settings.Python),
            [ToolNames.Html] = () => new HtmlRenderer(settings.Chromium),
            [ToolNames.Mermaid] = () => new MermaidRenderer(settings.Chromium),
            [ToolNames.VegaLite] = () => new VegaLiteRenderer(settings.Chromium),
            // Python builds the figure in a warm worker; Chromium draws it with plotly.js (kaleido is not available).
            [ToolNames.Plotly] = () => new PlotlyRenderer(settings.Chromium, new PlotlyFigureBuilder(settings.Python)),
            [ToolNames.Latex] = () => new LatexRenderer(settings.CliTools.Latex),
            [ToolNames.Graphviz] = () => new GraphvizRenderer(settings.CliTools.Graphviz),
            [ToolNames.Svg] = () => new SvgRenderer(settings.CliTools.Svg),
            [ToolNames.Asymptote] = () => new AsymptoteRenderer(settings.CliTools.Asymptote),
            [ToolNames.Lilypond] = () => new LilypondRenderer(settings.CliTools.Lilypond),
        };
    }
}
