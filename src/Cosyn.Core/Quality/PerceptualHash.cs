using System.Numerics;
using SkiaSharp;

namespace Cosyn.Quality;

/// <summary>
/// A 64-bit difference hash (dHash): the image shrunk to 9x8 grey pixels, one bit per horizontal neighbour pair.
/// Robust to scaling and small edits, so near-identical renders land within a few bits of each other.
/// </summary>
public static class PerceptualHash
{
    /// <summary>The hash of a PNG (or any format SkiaSharp decodes); null when it cannot be decoded.</summary>
    public static ulong? Compute(byte[] image)
    {
        ArgumentNullException.ThrowIfNull(image);
        using var data = SKData.CreateCopy(image);
        using var codec = SKCodec.Create(data);
        using var bitmap = codec is null ? null : SKBitmap.Decode(codec);
        if (bitmap is null)
        {
            return null;
        }

        using var small = bitmap.Resize(new SKImageInfo(9, 8, SKColorType.Gray8), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        ulong hash = 0;
        var bit = 0;
        for (var y = 0; y < 8; y++)
        {
            for (var x = 0; x < 8; x++, bit++)
            {
                if (Luma(small.GetPixel(x, y)) > Luma(small.GetPixel(x + 1, y)))
                {
                    hash |= 1UL << bit;
                }
            }
        }

        return hash;
    }

    /// <summary>Bits that differ between two hashes (0 = identical, 64 = opposite).</summary>
    public static int Distance(ulong a, ulong b) => BitOperations.PopCount(a ^ b);

    private static int Luma(SKColor c) => (c.Red * 299 + c.Green * 587 + c.Blue * 114) / 1000;
}
