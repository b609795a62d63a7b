using SkiaSharp;

namespace Cosyn.Tests.Testing.Fakes;

/// <summary>A real PNG of seeded block noise: the same key gives the same picture, different keys look unrelated.</summary>
internal static class NoisePng
{
    public static byte[] For(string key, int size = 160)
    {
        var seed = key.Aggregate(17, (h, c) => unchecked((h * 31) + c));
        var random = new Random(seed);
        using var bitmap = new SKBitmap(size, size);
        using (var canvas = new SKCanvas(bitmap))
        {
            const int Blocks = 16;
            var cell = size / Blocks;
            for (var y = 0; y < Blocks; y++)
            {
                for (var x = 0; x < Blocks; x++)
                {
                    var grey = (byte)random.Next(256);
                    using var paint = new SKPaint { Color = new SKColor(grey, grey, grey) };
                    canvas.DrawRect(x * cell, y * cell, cell, cell, paint);
                }
            }
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
