using Cosyn.Rendering.Layout;
using Cosyn.Rendering.Targets;

namespace Cosyn.Rendering.Images;

/// <summary>How post-processing moved pixels: the crop's top-left corner in the rendered image, a uniform scale, then padding.</summary>
public sealed record ImageTransform(int Left, int Top, double Scale)
{
    public static ImageTransform Identity { get; } = new(0, 0, 1);

    /// <summary>Background added left of the scaled crop, in processed pixels (small drawings are padded to the minimum size).</summary>
    public int PadLeft { get; init; }

    /// <summary>Background added above the scaled crop, in processed pixels.</summary>
    public int PadTop { get; init; }

    /// <summary><paramref name="targets"/> (in rendered pixels) in pixels of the processed image of <paramref name="width"/> x <paramref name="height"/>.</summary>
    public RenderTargets Apply(RenderTargets targets, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var scaled = targets.Map(Left, Top, Scale, width, height);
        return PadLeft == 0 && PadTop == 0 ? scaled : scaled.Map(-PadLeft, -PadTop, 1, width, height);
    }

    /// <summary><paramref name="layout"/> (in rendered pixels) in pixels of the processed image of <paramref name="width"/> x <paramref name="height"/>.</summary>
    public LayoutFacts Apply(LayoutFacts layout, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var scaled = layout.Map(Left, Top, Scale, width, height);
        return PadLeft == 0 && PadTop == 0 ? scaled : scaled.Map(-PadLeft, -PadTop, 1, width, height);
    }
}
