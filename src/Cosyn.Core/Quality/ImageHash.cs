using System.Numerics;

namespace Cosyn.Quality;

/// <summary>A 256-bit perceptual hash (see <see cref="PerceptualHash"/>).</summary>
public readonly record struct ImageHash(ulong A, ulong B, ulong C, ulong D)
{
    /// <summary>Bits that differ (0 = same picture, 256 = opposite).</summary>
    public int DistanceTo(ImageHash other) =>
        BitOperations.PopCount(A ^ other.A) + BitOperations.PopCount(B ^ other.B)
        + BitOperations.PopCount(C ^ other.C) + BitOperations.PopCount(D ^ other.D);
}
