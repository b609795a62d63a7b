namespace Cosyn.Randomness;

/// <summary>Deterministic seed derivation: seeds depend only on (run seed, sample index, purpose), never on timing.</summary>
public static class SeedMath
{
    /// <summary>The seed of sample <paramref name="index"/> in a run seeded with <paramref name="runSeed"/>; fits in 32 bits so every tool (numpy included) accepts it.</summary>
    public static long SampleSeed(long runSeed, long index)
    {
        var state = unchecked((ulong)runSeed * 0x9E3779B97F4A7C15UL) ^ unchecked((ulong)index);
        var mixed = SeededRandom.SplitMix64(ref state);
        return (long)(mixed & 0xFFFF_FFFFUL);
    }

    /// <summary>Mixes a seed with a purpose string (FNV-1a over UTF-8, then SplitMix64).</summary>
    public static long Combine(long seed, string purpose)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(purpose))
        {
            hash = unchecked((hash ^ b) * 1099511628211UL);
        }

        var state = unchecked((ulong)seed) ^ hash;
        return unchecked((long)SeededRandom.SplitMix64(ref state));
    }
}
