using Cosyn.Rendering.Chromium;

namespace Cosyn.Rendering.Mermaid;

/// <summary>Renders Mermaid source with mermaid.js (strict security level) in a warm Chromium page.</summary>
public sealed class MermaidRenderer(ChromiumPool pool) : LibraryRenderer(pool, MermaidTool.Name, "#out svg")
{
    /// <summary>A renderer with its own browser pool.</summary>
    public MermaidRenderer(ChromiumOptions options)
        : this(CreatePool(options))
    {
    }

    /// <summary>A pool whose pages have mermaid loaded.</summary>
    public static ChromiumPool CreatePool(ChromiumOptions options) =>
        new(MermaidTool.Name, options, LibraryPage.HostPage("mermaid"), TimeProvider.System);
}
