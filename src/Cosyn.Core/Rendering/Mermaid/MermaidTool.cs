using Cosyn.Rendering.Chromium;

namespace Cosyn.Rendering.Mermaid;

/// <summary>Mermaid: diagram source drawn by mermaid.js in a warm, sandboxed Chromium page.</summary>
public static class MermaidTool
{
    /// <summary>The tool's name in metadata and on the command line.</summary>
    public const string Name = "mermaid";

    /// <summary>The tool's definition, listed by <see cref="ToolRegistry"/>.</summary>
    public static ToolDefinition Definition { get; } =
        ChromiumRuntime.Define(Name, options => new MermaidRenderer(options), new() { NodeAssets = ["mermaid/dist/mermaid.min.js"] });
}
