using Cosyn.Rendering.Images;
using Cosyn.Rendering.Targets;
using SkiaSharp;

namespace Cosyn.Tests.Rendering.Images;

/// <summary>Post-processing reports how it moved pixels, so target boxes measured on the render land on the same content in the final image.</summary>
public sealed class ImageTransformTests
{
    [Fact]
    public void Process_Trim_ReportsTheCropCorner_AndBoxesFollowTheContent()
    {
        var png = TestImages.Png(1000, 800, SKColors.White, c => c.DrawRect(new SKRect(300, 200, 700, 500), new SKPaint { Color = SKColors.Red }));

        var outcome = ImagePostProcessor.Process(png, ImagePolicy.Default);
        var mapped = outcome.Transform.Apply(new RenderTargets(1000, 800, [new TargetBox("red", 300, 200, 400, 300)]), outcome.Width, outcome.Height);

        Assert.Equal(new ImageTransform(300 - 16, 200 - 16, 1), outcome.Transform);
        var box = Assert.Single(mapped.Boxes);
        using var bitmap = TestImages.Decode(outcome.Png!);
        Assert.Equal(SKColors.Red, bitmap.GetPixel((int)box.X + 1, (int)box.Y + 1));
        Assert.Equal(SKColors.Red, bitmap.GetPixel((int)(box.X + box.Width) - 2, (int)(box.Y + box.Height) - 2));
        Assert.Equal(SKColors.White, bitmap.GetPixel((int)box.X - 3, (int)box.Y - 3));
    }

    [Fact]
    public void Process_Downscale_ScalesBoxes_AndDropsBoxesOutsideTheImage()
    {
        var png = TestImages.Png(4000, 1200, SKColors.White, c =>
        {
            using var paint = new SKPaint { Color = SKColors.Blue };
            c.DrawRect(new SKRect(0, 0, 4000, 1200), new SKPaint { Color = SKColors.LightGray });
            c.DrawRect(new SKRect(2000, 600, 2400, 800), paint);
        });

        var outcome = ImagePostProcessor.Process(png, ImagePolicy.Default with { Trim = false });
        var mapped = outcome.Transform.Apply(
            new RenderTargets(4000, 1200, [new TargetBox("blue", 2000, 600, 400, 200), new TargetBox("gone", 5000, 100, 50, 50)]), outcome.Width, outcome.Height);

        Assert.Equal(0.64, outcome.Transform.Scale, 3);
        var box = Assert.Single(mapped.Boxes);
        Assert.Equal("blue", box.Id);
        using var bitmap = TestImages.Decode(outcome.Png!);
        var (x, y) = box.Centre;
        Assert.Equal(SKColors.Blue, bitmap.GetPixel((int)x, (int)y));
    }

    [Fact]
    public void Process_Padding_BoxesFollowTheContent()
    {
        var png = TestImages.Png(400, 300, SKColors.White, c => c.DrawRect(new SKRect(150, 120, 210, 150), new SKPaint { Color = SKColors.Red }));

        var outcome = ImagePostProcessor.Process(png, ImagePolicy.Default);
        var box = Assert.Single(outcome.Transform.Apply(new RenderTargets(400, 300, [new TargetBox("red", 150, 120, 60, 30)]), outcome.Width, outcome.Height).Boxes);

        Assert.True(outcome.Transform.PadLeft > 0 && outcome.Transform.PadTop > 0, outcome.Transform.ToString());
        using var bitmap = TestImages.Decode(outcome.Png!);
        Assert.Equal(SKColors.Red, bitmap.GetPixel((int)box.X + 1, (int)box.Y + 1));
        Assert.Equal(SKColors.Red, bitmap.GetPixel((int)(box.X + box.Width) - 2, (int)(box.Y + box.Height) - 2));
        Assert.Equal(SKColors.White, bitmap.GetPixel((int)box.X - 3, (int)box.Y - 3));
    }
}
