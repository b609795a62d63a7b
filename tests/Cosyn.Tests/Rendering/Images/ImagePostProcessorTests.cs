using Cosyn.Rendering.Images;
using SkiaSharp;

namespace Cosyn.Tests.Rendering.Images;

public sealed class ImagePostProcessorTests
{
    private static readonly ImagePolicy Policy = ImagePolicy.Default;

    [Fact]
    public void Process_TransparentBackground_FlattensOntoWhite()
    {
        var png = TestImages.Png(400, 300, SKColors.Transparent, c => TestImages.Bars(c, new SKRect(20, 20, 380, 280)));

        var outcome = ImagePostProcessor.Process(png, Policy);

        Assert.True(outcome.Accepted, outcome.Detail);
        using var bitmap = TestImages.Decode(outcome.Png!);
        Assert.Equal(SKColors.White, bitmap.GetPixel(0, 0));
        Assert.All(new[] { bitmap.GetPixel(bitmap.Width - 1, 0), bitmap.GetPixel(2, bitmap.Height / 2) }, p => Assert.Equal(255, p.Alpha));
    }

    [Fact]
    public void Process_WideWhiteBorder_TrimsKeepingMargin()
    {
        var png = TestImages.Png(1000, 800, SKColors.White, c => TestImages.Bars(c, new SKRect(300, 200, 700, 500)));

        var outcome = ImagePostProcessor.Process(png, Policy);

        Assert.Equal(400 + (2 * Policy.TrimMargin), outcome.Width);
        Assert.Equal(300 + (2 * Policy.TrimMargin), outcome.Height);
        using var bitmap = TestImages.Decode(outcome.Png!);
        Assert.Equal(SKColors.White, bitmap.GetPixel(Policy.TrimMargin - 1, Policy.TrimMargin - 1));
        Assert.Equal(SKColors.SteelBlue, bitmap.GetPixel(Policy.TrimMargin + 2, bitmap.Height - Policy.TrimMargin - 2));
    }

    [Fact]
    public void Process_ContentNearEdge_MarginNeverExceedsOriginal()
    {
        var png = TestImages.Png(600, 400, SKColors.White, c => TestImages.Bars(c, new SKRect(4, 4, 500, 396)));

        var outcome = ImagePostProcessor.Process(png, Policy);

        Assert.Equal(500 + Policy.TrimMargin, outcome.Width);
        Assert.Equal(400, outcome.Height);
    }

    [Fact]
    public void Process_LargeImage_DownscalesToFitKeepingAspect()
    {
        var png = TestImages.Png(5120, 2160, SKColors.White, c => TestImages.Bars(c, new SKRect(100, 100, 5020, 2060)));

        var outcome = ImagePostProcessor.Process(png, Policy);

        Assert.True(outcome.Accepted, outcome.Detail);
        Assert.Equal(2560, outcome.Width);
        Assert.InRange(outcome.Height, 1029, 1031); // (1960 + 2 margins) x 2560 / (4920 + 2 margins)
    }

    [Fact]
    public void Process_BlankImage_RejectedAsNearUniform()
    {
        var outcome = ImagePostProcessor.Process(TestImages.Png(800, 600, SKColors.White), Policy);

        Assert.Equal(ImageRejections.NearUniform, outcome.Rejection);
    }

    [Fact]
    public void Process_MostlyOneColour_RejectedAsNearUniform()
    {
        var png = TestImages.Png(800, 600, SKColors.LightGray, c =>
        {
            using var paint = new SKPaint { Color = SKColors.Black };
            c.DrawRect(new SKRect(0, 0, 800, 2), paint);
            c.DrawRect(new SKRect(0, 598, 800, 600), paint);
        });

        var outcome = ImagePostProcessor.Process(png, Policy);

        Assert.Equal(ImageRejections.NearUniform, outcome.Rejection);
    }

    [Fact]
    public void Process_TenToOne_RejectedAsExtremeAspect()
    {
        var png = TestImages.Png(2000, 200, SKColors.White, c => TestImages.Bars(c, new SKRect(0, 0, 2000, 200)));

        var outcome = ImagePostProcessor.Process(png, Policy);

        Assert.Equal(ImageRejections.ExtremeAspect, outcome.Rejection);
    }

    [Fact]
    public void Process_Tiny_RejectedAsTooSmall()
    {
        var png = TestImages.Png(100, 90, SKColors.White, c => TestImages.Bars(c, new SKRect(0, 0, 100, 90)));

        var outcome = ImagePostProcessor.Process(png, Policy);

        Assert.Equal(ImageRejections.TooSmall, outcome.Rejection);
    }

    [Fact]
    public void Process_Garbage_RejectedAsUndecodable()
    {
        var outcome = ImagePostProcessor.Process([1, 2, 3, 4], Policy);

        Assert.Equal(ImageRejections.Undecodable, outcome.Rejection);
    }

    [Fact]
    public void Process_SameInput_IdenticalBytes()
    {
        var png = TestImages.Png(700, 500, SKColors.White, c => TestImages.Bars(c, new SKRect(50, 50, 650, 450)));

        Assert.Equal(ImagePostProcessor.Process(png, Policy).Png, ImagePostProcessor.Process(png, Policy).Png);
    }
}
