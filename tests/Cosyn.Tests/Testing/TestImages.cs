using SkiaSharp;

namespace Cosyn.Tests.Testing;

/// <summary>Synthetic images for post-processing tests.</summary>
internal static class TestImages
{
    /// <summary>A <paramref name="width"/> x <paramref name="height"/> PNG on <paramref name="background"/> with a striped chart-like block drawn by <paramref name="draw"/>.</summary>
    public static byte[] Png(int width, int height, SKColor background, Action<SKCanvas>? draw = null)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(background);
            draw?.Invoke(canvas);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>Draws coloured bars filling <paramref name="area"/>: plenty of distinct colours.</summary>
    public static void Bars(SKCanvas canvas, SKRect area)
    {
        SKColor[] colours = [SKColors.SteelBlue, SKColors.OrangeRed, SKColors.SeaGreen, SKColors.Goldenrod, SKColors.Purple];
        var barWidth = area.Width / colours.Length;
        for (var i = 0; i < colours.Length; i++)
        {
            using var paint = new SKPaint { Color = colours[i] };
            var top = area.Top + (area.Height * i / (colours.Length + 1));
            canvas.DrawRect(new SKRect(area.Left + (i * barWidth), top, area.Left + ((i + 1) * barWidth), area.Bottom), paint);
        }
    }

    public static SKBitmap Decode(byte[] png) => SKBitmap.Decode(png);

    /// <summary>How many pixels of <paramref name="png"/> satisfy <paramref name="match"/>.</summary>
    public static int CountPixels(byte[] png, Func<SKColor, bool> match)
    {
        using var bitmap = Decode(png);
        return bitmap.Pixels.Count(match);
    }

    /// <summary>The part of <paramref name="png"/> inside <paramref name="area"/> (clamped to the image), as PNG.</summary>
    public static byte[] Crop(byte[] png, SKRectI area)
    {
        using var bitmap = Decode(png);
        var clamped = SKRectI.Intersect(area, new SKRectI(0, 0, bitmap.Width, bitmap.Height));
        using var part = new SKBitmap(clamped.Width, clamped.Height);
        bitmap.ExtractSubset(part, clamped);
        using var image = SKImage.FromBitmap(part);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>The bottom <paramref name="fraction"/> of <paramref name="png"/>, as PNG (OCR reads a legend better without the drawing above it).</summary>
    public static byte[] BottomStrip(byte[] png, double fraction)
    {
        using var bitmap = Decode(png);
        var top = (int)(bitmap.Height * (1 - fraction));
        using var strip = new SKBitmap(bitmap.Width, bitmap.Height - top);
        bitmap.ExtractSubset(strip, new SKRectI(0, top, bitmap.Width, bitmap.Height));
        using var image = SKImage.FromBitmap(strip);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
