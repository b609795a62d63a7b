using Cosyn.Rendering.Chromium;

namespace Cosyn.Rendering.Mermaid;

/// <summary>Renders Mermaid source with mermaid.js (strict security level) in a warm Chromium page.</summary>
public sealed class MermaidRenderer(ChromiumPool pool) : LibraryRenderer(pool, MermaidTool.Name, "#out svg")
{
    /// <summary>A renderer with its own browser pool, its pages having mermaid loaded.</summary>
    public MermaidRenderer(ChromiumOptions options)
        : this(LibraryPage.CreatePool(MermaidTool.Name, options))
    {
    }
}
