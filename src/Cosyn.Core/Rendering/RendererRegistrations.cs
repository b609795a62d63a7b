using Cosyn.Rendering.Asymptote;
using Cosyn.Rendering.CliTools;
using Cosyn.Rendering.Graphviz;
using Cosyn.Rendering.Latex;
using Cosyn.Rendering.Lilypond;
using Cosyn.Rendering.Matplotlib;
using Cosyn.Rendering.Svg;

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
            [ToolNames.Latex] = () => new LatexRenderer(settings.CliTools.Latex),
            [ToolNames.Graphviz] = () => new GraphvizRenderer(settings.CliTools.Graphviz),
            [ToolNames.Svg] = () => new SvgRenderer(settings.CliTools.Svg),
            [ToolNames.Asymptote] = () => new AsymptoteRenderer(settings.CliTools.Asymptote),
            [ToolNames.Lilypond] = () => new LilypondRenderer(settings.CliTools.Lilypond),
        };
    }
}
