using Cosyn.Rendering.Images;
using SkiaSharp;

namespace Cosyn.Tests.Rendering.Images;

public sealed class ImagePostProcessorTests
{
    private static readonly ImagePolicy Policy = ImagePolicy.Default;

    /// <summary>Images the policy refuses, by name: the PNG, the policy it meets, the rejection and what its detail must say.</summary>
    private static readonly Dictionary<string, (Func<byte[]> Png, ImagePolicy Policy, string Rejection, string[] Details)> Unusable = new()
    {
        ["blank"] = (() => TestImages.Png(800, 600, SKColors.White), Policy, ImageRejections.NearUniform, []),
        ["blank, naming its colour"] = (() => TestImages.Png(640, 480, SKColors.White), Policy, ImageRejections.NearUniform, ["one colour (#ffffff)"]),
        ["mostly one colour"] = (() => TestImages.Png(800, 600, SKColors.LightGray, c =>
        {
            using var paint = new SKPaint { Color = SKColors.Black };
            c.DrawRect(new SKRect(0, 0, 800, 2), paint);
            c.DrawRect(new SKRect(0, 598, 800, 600), paint);
        }), Policy, ImageRejections.NearUniform, []),

        // 2960 x 100 px of content: cropped with margins, downscaled to 2560 wide and padded to 128 tall.
        ["twenty to one"] = (() => TestImages.Png(3000, 200, SKColors.White, c => TestImages.Bars(c, new SKRect(20, 50, 2980, 150))), Policy, ImageRejections.ExtremeAspect, ["2560 x 128 px after cropping", "20.0:1 over the 16:1 limit"]),

        // Measured after cropping, not as the 800 x 600 canvas.
        ["speck"] = (() => TestImages.Png(800, 600, SKColors.White, c => TestImages.Bars(c, new SKRect(400, 300, 420, 310))), Policy, ImageRejections.TooSmall, ["20 x 10 px after cropping"]),

        // Rejected from the header, before decoding.
        ["absurdly large"] = (() => TestImages.Png(400, 300, SKColors.White, c => TestImages.Bars(c, new SKRect(20, 20, 380, 280))), Policy with { MaxDecodedPixels = 100_000 }, ImageRejections.AbsurdSize, ["400 x 300 px"]),
        ["garbage"] = (() => [1, 2, 3, 4], Policy, ImageRejections.Undecodable, []),
    };

    public static TheoryData<string> UnusableImages => new(Unusable.Keys);

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
    public void Process_SameInput_IdenticalBytes()
    {
        var png = TestImages.Png(700, 500, SKColors.White, c => TestImages.Bars(c, new SKRect(50, 50, 650, 450)));

        Assert.Equal(ImagePostProcessor.Process(png, Policy).Png, ImagePostProcessor.Process(png, Policy).Png);
    }

    [Theory]
    [MemberData(nameof(UnusableImages))]
    public void Process_UnusableImage_RejectedSayingWhatWasMeasured(string image)
    {
        var (png, policy, rejection, details) = Unusable[image];

        var outcome = ImagePostProcessor.Process(png(), policy);

        Assert.Equal(rejection, outcome.Rejection);
        Assert.All(details, detail => Assert.Contains(detail, outcome.Detail, StringComparison.Ordinal));
    }
}
