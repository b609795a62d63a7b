using System.Text.Json.Serialization;

namespace Cosyn.Rendering.Chromium;

/// <summary>A settled page's size and content, plus the box of the element to capture (when one was asked for).</summary>
internal sealed record PageMetrics(
    [property: JsonPropertyName("width")] int Width,
    [property: JsonPropertyName("height")] int Height,
    [property: JsonPropertyName("text")] int Text,
    [property: JsonPropertyName("media")] int Media,
    [property: JsonPropertyName("found")] bool Found,
    [property: JsonPropertyName("x")] decimal X,
    [property: JsonPropertyName("y")] decimal Y,
    [property: JsonPropertyName("w")] decimal W,
    [property: JsonPropertyName("h")] decimal H)
{
    /// <summary>No text and no images, SVG or canvas: nothing a reader could see.</summary>
    public bool LooksBlank => Text == 0 && Media == 0;
}
