using Cosyn.Rendering;

namespace Cosyn.Engine;

/// <summary>Stats keys for render failure kinds (kebab-case, stable).</summary>
internal static class RenderFailureReasons
{
    /// <summary>The key for a failure; a rejected image is keyed by its rejection (<c>near-uniform</c>, ...), which leads its message.</summary>
    public static string Key(RenderFailure failure) =>
        failure.Kind == RenderFailureKind.ImageRejected && failure.Message.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon
            ? failure.Message[..colon]
            : Key(failure.Kind);

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
