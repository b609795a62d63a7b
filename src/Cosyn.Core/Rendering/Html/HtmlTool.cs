using Cosyn.Rendering.Chromium;

namespace Cosyn.Rendering.Html;

/// <summary>HTML: a full document rendered in a warm, offline, sandboxed Chromium page.</summary>
public static class HtmlTool
{
    /// <summary>The tool's name in metadata and on the command line.</summary>
    public const string Name = "html";

    /// <summary>The tool's definition, listed by <see cref="ToolRegistry"/>.</summary>
    public static ToolDefinition Definition { get; } = ChromiumRuntime.Define(Name, options => new HtmlRenderer(options), new());
}
