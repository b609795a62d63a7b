namespace Cosyn.Rendering;

/// <summary>Turns code in one tool's language into a PNG, isolated. Bad code yields a failed <see cref="RenderResult"/>, not an exception.</summary>
public interface IRenderer : IAsyncDisposable
{
    /// <summary>The tool this renderer serves (see <see cref="ToolNames"/>).</summary>
    string Tool { get; }

    /// <summary>Renders <paramref name="request"/>; throws only on cancellation or programmer error.</summary>
    Task<RenderResult> RenderAsync(RenderRequest request, CancellationToken cancellationToken);
}
