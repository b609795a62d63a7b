using System.Text.Json.Serialization;
using Cosyn.Rendering.Targets;
using PuppeteerSharp;

namespace Cosyn.Rendering.Chromium;

/// <summary>Measures the visible boxes of elements marked <c>data-point-target</c> on a laid-out page, in screenshot pixels (a hidden one measures 0 x 0).</summary>
internal static class TargetMeasure
{
    // What a reader can see of each element: nothing when it is hidden (display, visibility, opacity), else its box
    // cut to every clipping ancestor, so a model-written page that hides or scrolls away a mark gets no answer there.
    private const string Script = """
        () => Array.from(document.querySelectorAll('[data-point-target]')).map(e => {
          const r = e.getBoundingClientRect();
          let left = r.left, top = r.top, right = r.right, bottom = r.bottom;
          for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
            const s = getComputedStyle(p), c = p.getBoundingClientRect();
            if (s.overflowX !== 'visible') { left = Math.max(left, c.left); right = Math.min(right, c.right); }
            if (s.overflowY !== 'visible') { top = Math.max(top, c.top); bottom = Math.min(bottom, c.bottom); }
          }
          const shown = e.checkVisibility({ opacityProperty: true, visibilityProperty: true });
          return { id: e.getAttribute('data-point-target'), x: left + scrollX, y: top + scrollY, w: shown ? Math.max(0, right - left) : 0, h: shown ? Math.max(0, bottom - top) : 0 };
        })
        """;

    /// <summary>The marked boxes scaled to device pixels of a <paramref name="width"/> x <paramref name="height"/> capture; null when the page marks none.</summary>
    public static async Task<RenderTargets?> MeasureAsync(IPage page, double scale, int width, int height)
    {
        var boxes = await page.EvaluateFunctionAsync<MeasuredBox[]>(Script).ConfigureAwait(false);
        return boxes.Length == 0
            ? null
            : new RenderTargets(width, height, [.. boxes.Select(b => new TargetBox(b.Id, b.X * scale, b.Y * scale, b.W * scale, b.H * scale))]);
    }

    private sealed record MeasuredBox(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("x")] double X,
        [property: JsonPropertyName("y")] double Y,
        [property: JsonPropertyName("w")] double W,
        [property: JsonPropertyName("h")] double H);
}
