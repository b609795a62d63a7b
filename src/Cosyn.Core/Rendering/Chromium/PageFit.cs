using System.Text.Json.Serialization;
using Cosyn.Rendering.Images;

namespace Cosyn.Rendering.Chromium;

/// <summary>
/// The size bounds a host page may scale its drawing within, in CSS pixels: text no smaller than the policy's
/// legibility floor, and no larger than what post-processing keeps without shrinking (its cap less the trim margins).
/// </summary>
internal sealed record PageFit(
    [property: JsonPropertyName("minText")] double MinText,
    [property: JsonPropertyName("maxWidth")] double MaxWidth,
    [property: JsonPropertyName("maxHeight")] double MaxHeight,
    [property: JsonPropertyName("scale")] double Scale)
{
    /// <summary>The bounds <paramref name="policy"/> sets for a capture at device scale <paramref name="scale"/>.</summary>
    public static PageFit For(ImagePolicy policy, double scale)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var margins = 2 * policy.TrimMargin;
        return new(policy.MinTextHeight / scale, (policy.MaxWidth - margins) / scale, (policy.MaxHeight - margins) / scale, scale);
    }
}
