using System.Runtime.CompilerServices;
using SkiaSharp;

namespace Cosyn.Rendering.Images;

/// <summary>Pixel scans over an opaque RGBA8888 bitmap: content bounds and the dominant colour's share.</summary>
internal static class PixelStats
{
    /// <summary>Bounds of pixels that differ from <paramref name="background"/> by more than the tolerance; empty when none.</summary>
    /// <remarks>
    /// Optimised at first call: a one-shot <c>cosyn render</c> runs these loops once, in tier-0 code that measured
    /// several hundred ms on a 1500 x 1000 image, most of the render command's post-processing time.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static SKRectI ContentBounds(SKBitmap bitmap, SKColor background, int tolerance)
    {
        var pixels = bitmap.GetPixelSpan();
        int width = bitmap.Width, height = bitmap.Height, stride = bitmap.RowBytes;
        int left = width, top = height, right = -1, bottom = -1;
        for (var y = 0; y < height; y++)
        {
            var row = pixels.Slice(y * stride, width * 4);
            for (var x = 0; x < width; x++)
            {
                if (!Near(row.Slice(x * 4, 4), background, tolerance))
                {
                    left = Math.Min(left, x);
                    right = Math.Max(right, x);
                    top = Math.Min(top, y);
                    bottom = y;
                }
            }
        }

        return right < 0 ? SKRectI.Empty : new SKRectI(left, top, right + 1, bottom + 1);
    }

    /// <summary>Share of pixels in the most common colour, colours bucketed by the tolerance.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double DominantColourFraction(SKBitmap bitmap, int tolerance)
    {
        var pixels = bitmap.GetPixelSpan();
        var bucket = Math.Max(1, tolerance * 2);
        var counts = new Dictionary<int, int>();
        var best = 0;
        long total = 0;
        // Sample on a grid: a few hundred thousand pixels measure a fraction to well under 1 %.
        var step = Math.Max(1, (int)Math.Sqrt((double)bitmap.Width * bitmap.Height / 250_000));
        for (var y = 0; y < bitmap.Height; y += step)
        {
            for (var x = 0; x < bitmap.Width; x += step)
            {
                var p = pixels.Slice((y * bitmap.RowBytes) + (x * 4), 3);
                var key = ((p[0] / bucket) << 16) | ((p[1] / bucket) << 8) | (p[2] / bucket);
                var count = counts[key] = counts.GetValueOrDefault(key) + 1;
                best = Math.Max(best, count);
                total++;
            }
        }

        return total == 0 ? 1 : (double)best / total;
    }

    private static bool Near(ReadOnlySpan<byte> rgba, SKColor colour, int tolerance) =>
        Math.Abs(rgba[0] - colour.Red) <= tolerance
        && Math.Abs(rgba[1] - colour.Green) <= tolerance
        && Math.Abs(rgba[2] - colour.Blue) <= tolerance;
}
