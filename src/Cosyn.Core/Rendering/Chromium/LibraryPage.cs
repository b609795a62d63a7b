using Cosyn.Rendering.Images;

namespace Cosyn.Rendering.Chromium;

/// <summary>
/// Renders through a warm host page whose <c>cosynRender(input, width, fit)</c> draws into the page with a JS library
/// (mermaid, vega, plotly); the input is data, never page script, so the page is safely reused. <c>fit</c> is the
/// <see cref="PageFit"/> of the tool's image policy, for pages that size vector drawings themselves (mermaid).
/// </summary>
internal sealed class LibraryPage(ChromiumPool pool, string tool, string selector)
{
    private const string Call = "(input, width, fit) => window.cosynRender(input, width, fit)";

    /// <summary>A pool of browsers for <paramref name="tool"/> whose pages are its host page, embedded as <c>Pages/&lt;tool&gt;.html</c>.</summary>
    public static ChromiumPool CreatePool(string tool, ChromiumOptions options) =>
        new(tool, options, EmbeddedText.Read($"Cosyn.Rendering.Chromium.Pages.{tool}.html"), TimeProvider.System);

    /// <summary>Draws <paramref name="input"/> and captures the element; with <paramref name="captureMarkup"/>, also returns its outer HTML.</summary>
    public async Task<ChromiumRender> RenderAsync(string input, RenderOptions options, bool captureMarkup, CancellationToken cancellationToken)
    {
        string? markup = null;
        var result = await pool.RunAsync(async worker =>
        {
            await ChromiumCapture.SetViewportAsync(worker, options.Width, 600, options.Scale).ConfigureAwait(false);
            var script = await worker.Page.EvaluateFunctionAsync<ScriptResult>(Call, input, options.Width, PageFit.For(ImagePolicies.For(tool), options.Scale)).ConfigureAwait(false);
            if (!script.Ok)
            {
                return Failed(script.ToFailure(tool, worker.Log.Excerpt()));
            }

            var metrics = await ChromiumCapture.SettleAsync(worker.Page, selector).ConfigureAwait(false);
            if (!metrics.Found || metrics.W < 1 || metrics.H < 1)
            {
                return Failed(new RenderFailure(tool, RenderFailureKind.NoOutput, "the library drew nothing", worker.Log.Excerpt()));
            }

            if (captureMarkup)
            {
                markup = await worker.Page.EvaluateFunctionAsync<string>("s => document.querySelector(s).outerHTML", selector).ConfigureAwait(false);
            }

            var png = await ChromiumCapture.ElementAsync(worker, metrics, options, pool.Options.MaxCaptureDevicePixels).ConfigureAwait(false);
            if (png.LongLength > options.MaxOutputBytes)
            {
                return Failed(new RenderFailure(tool, RenderFailureKind.ImageRejected, $"screenshot of {png.LongLength} bytes exceeds the {options.MaxOutputBytes}-byte limit", ""));
            }

            var layout = await DomLayout.MeasureAsync(worker.Page, selector, (double)metrics.X, (double)metrics.Y, options.Scale, png).ConfigureAwait(false);
            return RenderResult.Success(png, TimeSpan.Zero) with { Layout = layout };
        }, options, cancellationToken).ConfigureAwait(false);
        return new ChromiumRender(result, markup);
    }

    private static RenderResult Failed(RenderFailure failure) => RenderResult.Failed(failure, TimeSpan.Zero);
}
