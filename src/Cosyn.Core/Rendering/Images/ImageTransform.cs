using Cosyn.Rendering.Layout;
using Cosyn.Rendering.Targets;

namespace Cosyn.Rendering.Images;

/// <summary>How post-processing moved pixels: the crop's top-left corner in the rendered image, then a uniform scale.</summary>
public sealed record ImageTransform(int Left, int Top, double Scale)
{
    public static ImageTransform Identity { get; } = new(0, 0, 1);

    /// <summary><paramref name="targets"/> (in rendered pixels) in pixels of the processed image of <paramref name="width"/> x <paramref name="height"/>.</summary>
    public RenderTargets Apply(RenderTargets targets, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(targets);
        return targets.Map(Left, Top, Scale, width, height);
    }

    /// <summary><paramref name="layout"/> (in rendered pixels) in pixels of the processed image of <paramref name="width"/> x <paramref name="height"/>.</summary>
    public LayoutFacts Apply(LayoutFacts layout, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return layout.Map(Left, Top, Scale, width, height);
    }
}
