using System.Text.Json.Serialization;

namespace Cosyn.Rendering.Chromium;

/// <summary>What a host page's <c>cosynRender</c> returned: ok, or a failure kind (a <see cref="RenderFailureKind"/> name), message and excerpt.</summary>
internal sealed record ScriptResult(
    [property: JsonPropertyName("ok")] bool Ok,
    [property: JsonPropertyName("kind")] string? Kind,
    [property: JsonPropertyName("message")] string? Message,
    [property: JsonPropertyName("excerpt")] string? Excerpt)
{
    /// <summary>The failure this result describes (only meaningful when not <see cref="Ok"/>).</summary>
    public RenderFailure ToFailure(string tool, string pageLog)
    {
        var kind = Enum.TryParse<RenderFailureKind>(Kind, out var parsed) ? parsed : RenderFailureKind.Runtime;
        var message = FailureText.OneLine(Message ?? "render failed");
        var excerpt = string.IsNullOrWhiteSpace(pageLog) ? Excerpt : Excerpt + "\n" + pageLog;
        return new RenderFailure(tool, kind, message, LogExcerpt.Tail(excerpt));
    }
}
