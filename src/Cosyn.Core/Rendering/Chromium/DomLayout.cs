using System.Diagnostics;
using System.Text.Json.Serialization;
using Cosyn.Rendering.Layout;
using PuppeteerSharp;

namespace Cosyn.Rendering.Chromium;

/// <summary>
/// Measures the text a laid-out page drew (text node ranges, SVG text included) in pixels of its screenshot, with
/// Pages/layout.js, right after the capture and at its viewport, so the boxes sit exactly where the pixels were drawn.
/// </summary>
internal static class DomLayout
{
    /// <summary>More boxes than this are dropped (a huge table); the facts then say they are partial.</summary>
    public const int MaxBoxes = 5000;

    private static readonly string Script = EmbeddedText.Read("Cosyn.Rendering.Chromium.Pages.layout.js");

    /// <summary>
    /// Texts under <paramref name="selector"/> (null: the body) of a capture whose corner is at
    /// (<paramref name="originX"/>, <paramref name="originY"/>) CSS pixels, in device pixels of the <paramref name="png"/> taken at <paramref name="scale"/>.
    /// A page whose script broke the measuring gives unavailable facts with the reason, never an exception.
    /// </summary>
    public static async Task<LayoutFacts> MeasureAsync(IPage page, string? selector, double originX, double originY, double scale, byte[] png)
    {
        var started = Stopwatch.GetTimestamp();
        var (width, height) = Targets.PngSize.Read(png);
        try
        {
            var measured = await page.EvaluateFunctionAsync<Measured>(Script, selector, originX, originY, width / scale, height / scale, MaxBoxes).ConfigureAwait(false);
            var texts = measured.Boxes
                .Select(b => new TextBox(b.Text, b.X * scale, b.Y * scale, b.W * scale, b.H * scale, b.Clipped, b.FontSize > 0 ? b.FontSize * scale : null))
                .ToList();
            return new LayoutFacts(LayoutSource.Dom, width, height, texts, [])
            {
                Reason = measured.Truncated ? $"only the first {MaxBoxes} text runs were measured" : null,
                MeasureTime = Stopwatch.GetElapsedTime(started),
            };
        }
        catch (PuppeteerException e)
        {
            return LayoutFacts.Unavailable(width, height, "measuring the page failed: " + e.Message.Split('\n', 2)[0]) with { MeasureTime = Stopwatch.GetElapsedTime(started) };
        }
    }

    private sealed record Measured(
        [property: JsonPropertyName("boxes")] MeasuredText[] Boxes,
        [property: JsonPropertyName("truncated")] bool Truncated);

    private sealed record MeasuredText(
        [property: JsonPropertyName("s")] string Text,
        [property: JsonPropertyName("x")] double X,
        [property: JsonPropertyName("y")] double Y,
        [property: JsonPropertyName("w")] double W,
        [property: JsonPropertyName("h")] double H,
        [property: JsonPropertyName("c")] bool Clipped,
        [property: JsonPropertyName("f")] double FontSize);
}
