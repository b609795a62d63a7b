using SkiaSharp;

namespace Cosyn.Quality.Checks;

/// <summary>A decoded image as 32-bit RGBA pixels, for the pixel checks.</summary>
public sealed class ImagePixels(int width, int height, uint[] rgba)
{
    public int Width => width;

    public int Height => height;

    /// <summary>Pixel at (x, y) as 0xAABBGGRR.</summary>
    public uint this[int x, int y] => rgba[(y * width) + x];

    /// <summary>Decodes any format SkiaSharp reads; null when it cannot.</summary>
    public static ImagePixels? Decode(byte[] image)
    {
        ArgumentNullException.ThrowIfNull(image);
        // SKBitmap.Decode throws when no codec recognises the bytes; asking for the codec first keeps "null when it cannot".
        using var data = image.Length == 0 ? null : SKData.CreateCopy(image);
        using var codec = data is null ? null : SKCodec.Create(data);
        using var decoded = codec is null ? null : SKBitmap.Decode(codec);
        if (decoded is null || decoded.Width == 0 || decoded.Height == 0)
        {
            return null;
        }

        using var bitmap = new SKBitmap(new SKImageInfo(decoded.Width, decoded.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        using (var canvas = new SKCanvas(bitmap))
        {
            // Transparent pixels count as white, as a viewer shows them on a white page.
            canvas.Clear(SKColors.White);
            using var source = SKImage.FromBitmap(decoded);
            canvas.DrawImage(source, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest));
        }

        var pixels = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, uint>(bitmap.GetPixelSpan()).ToArray();
        return new ImagePixels(bitmap.Width, bitmap.Height, pixels);
    }

    /// <summary>Largest per-channel difference between two pixels.</summary>
    public static int Distance(uint a, uint b)
    {
        var d = 0;
        for (var shift = 0; shift < 24; shift += 8)
        {
            d = Math.Max(d, Math.Abs((int)((a >> shift) & 0xFF) - (int)((b >> shift) & 0xFF)));
        }

        return d;
    }
}
