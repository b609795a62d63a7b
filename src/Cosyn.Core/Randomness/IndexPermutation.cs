using System.Numerics;

namespace Cosyn.Randomness;

/// <summary>A keyed bijection on [0, size): a balanced Feistel network with cycle-walking, so O(1) memory for any size.</summary>
/// <remarks>
/// The network permutes the smallest even-bit power of two that covers the size (less than 4x the size);
/// values that land outside the range are encrypted again until they land inside ("cycle-walking"),
/// which keeps the map a bijection. Expected work is a few rounds of integer mixing per call.
/// </remarks>
public sealed class IndexPermutation
{
    private const int Rounds = 6;
    private readonly int _halfBits;
    private readonly ulong _halfMask;
    private readonly ulong[] _roundKeys = new ulong[Rounds];

    /// <summary>Creates the permutation of [0, <paramref name="size"/>) selected by <paramref name="key"/>.</summary>
    public IndexPermutation(long size, long key)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        Size = size;
        var bits = size == 1 ? 0 : 64 - BitOperations.LeadingZeroCount((ulong)(size - 1));
        _halfBits = Math.Max(1, (bits + 1) / 2);
        _halfMask = _halfBits == 64 ? ulong.MaxValue : (1UL << _halfBits) - 1;
        var state = unchecked((ulong)key);
        for (var i = 0; i < Rounds; i++)
        {
            _roundKeys[i] = SeededRandom.SplitMix64(ref state);
        }
    }

    /// <summary>Number of elements permuted.</summary>
    public long Size { get; }

    /// <summary>The image of <paramref name="index"/>; distinct indices always map to distinct values.</summary>
    public long Map(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Size);
        var x = (ulong)index;
        do
        {
            x = Encrypt(x);
        }
        while (x >= (ulong)Size);
        return (long)x;
    }

    private ulong Encrypt(ulong x)
    {
        var left = x >> _halfBits;
        var right = x & _halfMask;
        foreach (var roundKey in _roundKeys)
        {
            (left, right) = (right, left ^ (Mix(right ^ roundKey) & _halfMask));
        }

        return (left << _halfBits) | right;
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
