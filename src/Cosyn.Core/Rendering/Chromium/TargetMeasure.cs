using System.Text.Json.Serialization;
using Cosyn.Rendering.Targets;
using PuppeteerSharp;

namespace Cosyn.Rendering.Chromium;

/// <summary>Measures the boxes of elements marked <c>data-point-target</c> on a laid-out page, in screenshot pixels.</summary>
internal static class TargetMeasure
{
    private const string Script = """
        () => Array.from(document.querySelectorAll('[data-point-target]')).map(e => {
          const r = e.getBoundingClientRect();
          return { id: e.getAttribute('data-point-target'), x: r.left + scrollX, y: r.top + scrollY, w: r.width, h: r.height };
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
