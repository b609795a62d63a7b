using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace Cosyn.Rendering.Chromium;

/// <summary>Waits for a page to settle and captures it: the whole document, or one element, cut at the texture limit.</summary>
internal static class ChromiumCapture
{
    // Fonts loaded and two frames painted: the page is ready without guessing a delay.
    private const string Settle = """
        async (selector) => {
          await document.fonts.ready;
          await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
          const d = document.documentElement, b = document.body;
          const e = selector ? document.querySelector(selector) : null;
          const r = e ? e.getBoundingClientRect() : null;
          return {
            width: Math.max(d.scrollWidth, b ? b.scrollWidth : 0),
            height: Math.max(d.scrollHeight, b ? b.scrollHeight : 0),
            text: b ? b.innerText.trim().length : 0,
            media: document.querySelectorAll('img,svg,canvas,video,object,embed,iframe').length,
            found: !!e,
            x: r ? r.left + scrollX : 0, y: r ? r.top + scrollY : 0,
            w: r ? r.width : 0, h: r ? r.height : 0,
          };
        }
        """;

    /// <summary>Measures the page (and <paramref name="selector"/>'s box, when given) after fonts and two frames.</summary>
    public static Task<PageMetrics> SettleAsync(IPage page, string? selector) =>
        page.EvaluateFunctionAsync<PageMetrics>(Settle, selector);

    /// <summary>Sets the viewport unless it is already that size.</summary>
    public static async Task SetViewportAsync(ChromiumWorker worker, int width, int height, double scale)
    {
        var wanted = new ViewPortOptions { Width = width, Height = height, DeviceScaleFactor = scale };
        if (worker.Viewport is { } now && now.Width == width && now.Height == height && now.DeviceScaleFactor.Equals(scale))
        {
            return;
        }

        await worker.Page.SetViewportAsync(wanted).ConfigureAwait(false);
        worker.Viewport = wanted;
    }

    /// <summary>The whole document at the render width, at most the texture limit tall.</summary>
    public static async Task<byte[]> FullPageAsync(ChromiumWorker worker, PageMetrics metrics, RenderOptions options, int maxDevicePixels)
    {
        var height = Math.Clamp(metrics.Height, 1, MaxCss(options, maxDevicePixels));
        await SetViewportAsync(worker, options.Width, height, options.Scale).ConfigureAwait(false);
        return await worker.Page.ScreenshotDataAsync(new ScreenshotOptions { Type = ScreenshotType.Png, CaptureBeyondViewport = false }).ConfigureAwait(false);
    }

    /// <summary>The element measured in <paramref name="metrics"/>, with the viewport grown to hold it.</summary>
    public static async Task<byte[]> ElementAsync(ChromiumWorker worker, PageMetrics metrics, RenderOptions options, int maxDevicePixels)
    {
        var max = MaxCss(options, maxDevicePixels);
        var right = (int)Math.Ceiling(metrics.X + metrics.W);
        var bottom = Math.Min((int)Math.Ceiling(metrics.Y + metrics.H), max);
        await SetViewportAsync(worker, Math.Clamp(Math.Max(options.Width, right), 1, max), Math.Max(bottom, 1), options.Scale).ConfigureAwait(false);
        var clip = new Clip
        {
            X = metrics.X,
            Y = metrics.Y,
            Width = Math.Max(1, Math.Min(metrics.W, max)),
            Height = Math.Max(1, bottom - metrics.Y),
        };
        return await worker.Page.ScreenshotDataAsync(new ScreenshotOptions { Type = ScreenshotType.Png, Clip = clip, CaptureBeyondViewport = false }).ConfigureAwait(false);
    }

    // Measured here: a 1000 x 16384 device-pixel capture works, 1250 x 16384 fails with "Unable to capture
    // screenshot", so the bound is on area as well as on the side.
    private const double MaxDeviceArea = 16_000_000;

    private static int MaxCss(RenderOptions options, int maxDevicePixels)
    {
        var scale = Math.Max(options.Scale, 0.1);
        var byArea = MaxDeviceArea / (Math.Max(options.Width, 1) * scale);
        return Math.Max(1, (int)(Math.Min(maxDevicePixels, byArea) / scale));
    }
}
