using Cosyn.Rendering.Chromium;

namespace Cosyn.Rendering.VegaLite;

/// <summary>Vega-Lite: a JSON spec drawn by vega-lite in a warm, sandboxed Chromium page.</summary>
public static class VegaLiteTool
{
    /// <summary>The tool's name in metadata and on the command line.</summary>
    public const string Name = "vegalite";

    /// <summary>The tool's definition, listed by <see cref="ToolRegistry"/>.</summary>
    public static ToolDefinition Definition { get; } = ChromiumRuntime.Define(
        Name,
        options => new VegaLiteRenderer(options),
        new() { NodeAssets = ["vega/build/vega.min.js", "vega-lite/build/vega-lite.min.js"] });
}
