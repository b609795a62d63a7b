using Cosyn.Quality.Checks;
using SkiaSharp;

namespace Cosyn.Tests.Quality.Checks;

public sealed class ImagePixelsTests
{
    [Theory]
    [InlineData("")]
    [InlineData("not an image at all")]
    [InlineData("\u0089PNG\r\n\u001a\n truncated")]
    public void Bytes_that_are_no_image_decode_to_null(string text)
    {
        Assert.Null(ImagePixels.Decode(System.Text.Encoding.Latin1.GetBytes(text)));
    }

    [Fact]
    public void Transparent_pixels_read_as_white_and_opaque_ones_keep_their_colour()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(2, 1, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        bitmap.SetPixel(0, 0, SKColors.Transparent);
        bitmap.SetPixel(1, 0, new SKColor(255, 0, 0));
        using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);

        var pixels = ImagePixels.Decode(png.ToArray());

        Assert.NotNull(pixels);
        Assert.Equal((2, 1), (pixels.Width, pixels.Height));
        Assert.Equal(0xFFFFFFFFu, pixels[0, 0]);
        Assert.Equal(0xFF0000FFu, pixels[1, 0]);
    }
}
