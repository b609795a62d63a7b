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

    [Theory]
    [InlineData(3000)] // shrink by 0.85: bilinear, no mipmaps
    [InlineData(6000)] // shrink by 0.43: mipmaps
    public void Process_Downscale_KeepsOnePixelLinesVisible(int width)
    {
        // Hairlines one pixel wide every 7 px: a shrink that skipped source pixels would lose some of them.
        var png = TestImages.Png(width, 1200, SKColors.White, c =>
        {
            using var ink = new SKPaint { Color = SKColors.Black, StrokeWidth = 1, IsAntialias = false };
            c.DrawRect(new SKRect(20, 20, width - 20, 1180), ink);
            for (var x = 100; x < width - 100; x += 7)
            {
                c.DrawLine(x + 0.5f, 100, x + 0.5f, 1100, ink);
            }
        });

        var outcome = ImagePostProcessor.Process(png, Policy);

        Assert.True(outcome.Accepted, outcome.Detail);
        using var bitmap = TestImages.Decode(outcome.Png!);
        // Each hairline's darkest pixel near where it lands after the trim (20 - margin) and the shrink.
        var row = bitmap.Height / 2;
        var factor = (double)bitmap.Width / (width - 40 + (2 * Policy.TrimMargin));
        var lightest = Enumerable.Range(0, (width - 200) / 7)
            .Select(i => (int)Math.Round((100 + (7 * i) + 0.5 - 20 + Policy.TrimMargin) * factor))
            .Select(at => Enumerable.Range(at - 1, 3).Where(x => x >= 0 && x < bitmap.Width).Min(x => (int)bitmap.GetPixel(x, row).Red))
            .Max();
        Assert.True(lightest < 200, $"a line faded to grey {lightest} after downscaling {width} px to {bitmap.Width} px");
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
    public void Process_TwentyToOne_RejectedAsExtremeAspect_SayingWhatWasMeasured()
    {
        // 2960 x 100 px of content: cropped with margins, downscaled to 2560 wide and padded to 128 tall.
        var png = TestImages.Png(3000, 200, SKColors.White, c => TestImages.Bars(c, new SKRect(20, 50, 2980, 150)));

        var outcome = ImagePostProcessor.Process(png, Policy);

        Assert.Equal(ImageRejections.ExtremeAspect, outcome.Rejection);
        Assert.Contains("2560 x 128 px after cropping", outcome.Detail, StringComparison.Ordinal);
        Assert.Contains("20.0:1 over the 16:1 limit", outcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_LongThinChain_PaddedAndAccepted()
    {
        // An eight-step left-to-right chain: 1400 x 80 px of content, 11:1 once padded to 128 px tall.
        var png = TestImages.Png(1600, 300, SKColors.White, c => TestImages.Bars(c, new SKRect(100, 110, 1500, 190)));

        var outcome = ImagePostProcessor.Process(png, Policy);

        Assert.True(outcome.Accepted, outcome.Detail);
        Assert.Equal((1400 + (2 * Policy.TrimMargin), Policy.MinShortSide), (outcome.Width, outcome.Height));
    }

    [Fact]
    public void Process_SmallDrawing_PaddedWithItsBackgroundAndCentred()
    {
        var background = new SKColor(250, 245, 230);
        var png = TestImages.Png(300, 200, background, c => TestImages.Bars(c, new SKRect(100, 80, 180, 120)));

        var outcome = ImagePostProcessor.Process(png, Policy);

        Assert.True(outcome.Accepted, outcome.Detail);
        Assert.Equal((Policy.MinShortSide, Policy.MinShortSide), (outcome.Width, outcome.Height));
        using var bitmap = TestImages.Decode(outcome.Png!);
        Assert.All(new[] { bitmap.GetPixel(0, 0), bitmap.GetPixel(127, 0), bitmap.GetPixel(0, 127), bitmap.GetPixel(127, 127) }, p => Assert.Equal(background, p));
        // The crop (content and margins) is 112 x 72, centred in 128 x 128.
        Assert.Equal(new ImageTransform(100 - 16, 80 - 16, 1) { PadLeft = 8, PadTop = 28 }, outcome.Transform);
        Assert.Equal(SKColors.SteelBlue, bitmap.GetPixel(8 + 16 + 2, 28 + 16 + 40 - 2));
    }

    [Fact]
    public void Process_SmallDrawing_PaddedIdenticallyEachTime()
    {
        var png = TestImages.Png(90, 70, SKColors.White, c => TestImages.Bars(c, new SKRect(5, 5, 85, 65)));

        Assert.Equal(ImagePostProcessor.Process(png, Policy).Png, ImagePostProcessor.Process(png, Policy).Png);
    }

    [Fact]
    public void Process_Speck_RejectedAsTooSmall_SayingItWasMeasuredAfterCropping()
    {
        var png = TestImages.Png(800, 600, SKColors.White, c => TestImages.Bars(c, new SKRect(400, 300, 420, 310)));

        var outcome = ImagePostProcessor.Process(png, Policy);

        Assert.Equal(ImageRejections.TooSmall, outcome.Rejection);
        Assert.Contains("20 x 10 px after cropping", outcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_AbsurdlyLarge_RejectedBeforeDecoding()
    {
        var png = TestImages.Png(400, 300, SKColors.White, c => TestImages.Bars(c, new SKRect(20, 20, 380, 280)));

        var outcome = ImagePostProcessor.Process(png, Policy with { MaxDecodedPixels = 100_000 });

        Assert.Equal(ImageRejections.AbsurdSize, outcome.Rejection);
        Assert.Contains("400 x 300 px", outcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_Blank_ReasonNamesTheColour()
    {
        var outcome = ImagePostProcessor.Process(TestImages.Png(640, 480, SKColors.White), Policy);

        Assert.Contains("one colour (#ffffff)", outcome.Detail, StringComparison.Ordinal);
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
