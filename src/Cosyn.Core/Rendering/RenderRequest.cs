namespace Cosyn.Rendering;

/// <summary>What to render and how.</summary>
/// <param name="Tool">Tool name (see <see cref="ToolNames"/>).</param>
/// <param name="Code">Source code in the tool's language.</param>
/// <param name="Options">Size, scale and bounds.</param>
public sealed record RenderRequest(string Tool, string Code, RenderOptions Options);
