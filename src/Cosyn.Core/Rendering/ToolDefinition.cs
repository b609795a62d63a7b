using Cosyn.Rendering.Images;
using Cosyn.Rendering.Sandbox;

namespace Cosyn.Rendering;

/// <summary>Everything cosyn knows about one rendering tool, declared once in the tool's own folder (<c>Rendering/&lt;Tool&gt;/</c>).</summary>
public sealed record ToolDefinition
{
    /// <summary>The tool's name in metadata, pipeline definitions and on the command line (<c>render --tool</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Creates the tool's raw renderer (before image post-processing) from the settings; nothing starts until it renders.</summary>
    public required Func<RenderingSettings, IRenderer> CreateRenderer { get; init; }

    /// <summary>The sandbox the tool's untrusted code runs in, as the settings configure it.</summary>
    public required Func<RenderingSettings, SandboxPolicy> Sandbox { get; init; }

    /// <summary>How the tool's images are cleaned and which are rejected. Default <see cref="ImagePolicy.Default"/>.</summary>
    public ImagePolicy ImagePolicy { get; init; } = ImagePolicy.Default;

    /// <summary>What <c>scripts/bootstrap.sh</c> must install for the tool to run (checked by a test).</summary>
    public required ToolRequirements Requirements { get; init; }
}
