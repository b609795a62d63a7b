using Cosyn.Rendering;

namespace Cosyn.Engine;

/// <summary>Stats keys for render failure kinds (kebab-case, stable).</summary>
internal static class RenderFailureReasons
{
    public static string Key(RenderFailureKind kind) => kind switch
    {
        RenderFailureKind.Syntax => "syntax",
        RenderFailureKind.Runtime => "runtime",
        RenderFailureKind.Timeout => "timeout",
        RenderFailureKind.Memory => "memory",
        RenderFailureKind.NoOutput => "no-output",
        RenderFailureKind.ImageRejected => "image-rejected",
        RenderFailureKind.SandboxDenied => "sandbox-denied",
        RenderFailureKind.ToolUnavailable => "tool-unavailable",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
