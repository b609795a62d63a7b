using Cosyn.Rendering.Chromium;
using Cosyn.Rendering.Layout;
using Cosyn.Rendering.Targets;
using PuppeteerSharp;

namespace Cosyn.Rendering.Html;

/// <summary>Renders a full HTML document (inline CSS/SVG/JS) in a warm, offline Chromium page; full-page capture.</summary>
public sealed class HtmlRenderer(ChromiumPool pool) : IRenderer
{
    private long _documents;

    /// <summary>A renderer with its own browser pool.</summary>
    public HtmlRenderer(ChromiumOptions options)
        : this(new ChromiumPool(HtmlTool.Name, options, hostPage: null, TimeProvider.System))
    {
    }

    /// <inheritdoc/>
    public string Tool => HtmlTool.Name;

    /// <inheritdoc/>
    public async Task<RenderResult> RenderAsync(RenderRequest request, CancellationToken cancellationToken) =>
        (await RenderWithTextAsync(request, cancellationToken).ConfigureAwait(false)).Result;

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => pool.DisposeAsync();

    /// <summary>Renders and also returns the page's <c>innerText</c> as laid out.</summary>
    internal async Task<ChromiumRender> RenderWithTextAsync(RenderRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? text = null;
        var result = await pool.RunAsync(async worker =>
        {
            var (png, failure, body, targets, layout) = await RenderOnPageAsync(worker, request.Code, request.Options).ConfigureAwait(false);
            text = body;
            return png is null ? RenderResult.Failed(failure!, TimeSpan.Zero) : RenderResult.Success(png, TimeSpan.Zero) with { Targets = targets, Layout = layout };
        }, request.Options, cancellationToken).ConfigureAwait(false);
        return new ChromiumRender(result, text);
    }

    private async Task<(byte[]? Png, RenderFailure? Failure, string? Text, RenderTargets? Targets, LayoutFacts? Layout)> RenderOnPageAsync(ChromiumWorker worker, string html, RenderOptions options)
    {
        // A fresh URL per document: a real navigation gives each render a new window, with nothing left from the last.
        var path = string.Create(CultureInfo.InvariantCulture, $"/doc/{Interlocked.Increment(ref _documents)}.html");
        var url = worker.Router.ServeDocument(path, html);
        await ChromiumCapture.SetViewportAsync(worker, options.Width, 600, options.Scale).ConfigureAwait(false);
        var navigation = new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = (int)options.Timeout.TotalMilliseconds + 5000 };
        await worker.Page.GoToAsync(url, navigation).ConfigureAwait(false);
        var metrics = await ChromiumCapture.SettleAsync(worker.Page, null).ConfigureAwait(false);
        var text = await worker.Page.EvaluateExpressionAsync<string>("document.body ? document.body.innerText : ''").ConfigureAwait(false);
        if (metrics.LooksBlank && worker.Log.Errors.Count > 0)
        {
            var first = worker.Log.Errors[0].Split('\n', 2)[0];
            return (null, new RenderFailure(Tool, RenderFailureKind.Runtime, "blank page after a script error: " + first, worker.Log.Excerpt()), text, null, null);
        }

        var png = await ChromiumCapture.FullPageAsync(worker, metrics, options, pool.Options.MaxCaptureDevicePixels).ConfigureAwait(false);
        if (png.LongLength > options.MaxOutputBytes)
        {
            return (null, new RenderFailure(Tool, RenderFailureKind.ImageRejected, $"screenshot of {png.LongLength} bytes exceeds the {options.MaxOutputBytes}-byte limit", ""), text, null, null);
        }

        // Measured after the capture, at the capture's viewport: the boxes are exactly where the pixels were drawn.
        var size = PngSize.Read(png);
        var targets = await TargetMeasure.MeasureAsync(worker.Page, options.Scale, size.Width, size.Height).ConfigureAwait(false);
        var layout = await DomLayout.MeasureAsync(worker.Page, null, 0, 0, options.Scale, png).ConfigureAwait(false);
        return (png, null, text, targets, layout);
    }
}
