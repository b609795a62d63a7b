namespace Cosyn.Rendering;

/// <summary>Why a render produced no usable image. Stable names: they are stats keys.</summary>
public enum RenderFailureKind
{
    Syntax,
    Runtime,
    Timeout,
    Memory,
    NoOutput,
    ImageRejected,
    SandboxDenied,
    ToolUnavailable,
}
