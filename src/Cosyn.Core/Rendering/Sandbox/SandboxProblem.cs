namespace Cosyn.Rendering.Sandbox;

/// <summary>Why the sandbox cannot run here; renders fail closed with this kind and message.</summary>
/// <param name="Kind"><see cref="RenderFailureKind.ToolUnavailable"/> when a binary is missing, <see cref="RenderFailureKind.SandboxDenied"/> when it refuses to start.</param>
/// <param name="Message">One line for the operator.</param>
public sealed record SandboxProblem(RenderFailureKind Kind, string Message);
