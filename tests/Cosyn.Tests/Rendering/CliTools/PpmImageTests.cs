using Cosyn.Rendering.CliTools;
using SkiaSharp;

namespace Cosyn.Tests.Rendering.CliTools;

public sealed class PpmImageTests
{
    [Fact]
    public void ToPng_P6_KeepsEveryPixel()
    {
        byte[] ppm = [.. "P6\n# pdftoppm\n2 1\n255\n"u8.ToArray(), 255, 0, 0, 10, 20, 30];

        using var bitmap = SKBitmap.Decode(PpmImage.ToPng(ppm)!);

        Assert.Equal((2, 1), (bitmap.Width, bitmap.Height));
        Assert.Equal(new SKColor(255, 0, 0), bitmap.GetPixel(0, 0));
        Assert.Equal(new SKColor(10, 20, 30), bitmap.GetPixel(1, 0));
    }

    [Theory]
    [InlineData("P5\n1 1\n255\n.")]
    [InlineData("P6\n4 4\n255\nshort")]
    [InlineData("P6\n1 1\n65535\n......")]
    public void ToPng_NotAnEightBitP6_IsNull(string ppm) => Assert.Null(PpmImage.ToPng(System.Text.Encoding.ASCII.GetBytes(ppm)));
}
