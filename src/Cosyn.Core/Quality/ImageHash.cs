using System.Numerics;

namespace Cosyn.Quality;

/// <summary>A 256-bit perceptual hash (see <see cref="PerceptualHash"/>).</summary>
public readonly record struct ImageHash(ulong A, ulong B, ulong C, ulong D)
{
    /// <summary>Bits that differ (0 = same picture, 256 = opposite).</summary>
    public int DistanceTo(ImageHash other) =>
        BitOperations.PopCount(A ^ other.A) + BitOperations.PopCount(B ^ other.B)
        + BitOperations.PopCount(C ^ other.C) + BitOperations.PopCount(D ^ other.D);

    /// <summary>64 hex digits, as stored in the run store.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{A:x16}{B:x16}{C:x16}{D:x16}");

    /// <summary>Reads <see cref="ToString"/>'s form back.</summary>
    public static ImageHash Parse(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        if (hex.Length != 64)
        {
            throw new FormatException($"an image hash has 64 hex digits, got {hex.Length}");
        }

        return new ImageHash(Word(hex, 0), Word(hex, 1), Word(hex, 2), Word(hex, 3));
    }

    private static ulong Word(string hex, int i) => ulong.Parse(hex.AsSpan(i * 16, 16), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
