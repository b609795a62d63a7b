namespace Cosyn.Rendering.Chromium;

/// <summary>Base of the renderers whose code is data for a JS library in a warm host page (Mermaid, Vega-Lite).</summary>
public abstract class LibraryRenderer : IRenderer
{
    private readonly ChromiumPool _pool;
    private readonly LibraryPage _page;

    /// <summary>A renderer over <paramref name="pool"/> (created with the tool's host page), capturing <paramref name="selector"/>.</summary>
    private protected LibraryRenderer(ChromiumPool pool, string tool, string selector)
    {
        ArgumentNullException.ThrowIfNull(pool);
        _pool = pool;
        Tool = tool;
        _page = new LibraryPage(pool, tool, selector);
    }

    /// <inheritdoc/>
    public string Tool { get; }

    /// <inheritdoc/>
    public async Task<RenderResult> RenderAsync(RenderRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return (await _page.RenderAsync(request.Code, request.Options, captureMarkup: false, cancellationToken).ConfigureAwait(false)).Result;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _pool.DisposeAsync().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    /// <summary>Renders and also returns the drawn element's markup.</summary>
    internal Task<ChromiumRender> RenderWithMarkupAsync(RenderRequest request, CancellationToken cancellationToken) =>
        _page.RenderAsync(request.Code, request.Options, captureMarkup: true, cancellationToken);
}
