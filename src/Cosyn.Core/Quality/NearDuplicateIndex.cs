namespace Cosyn.Quality;

/// <summary>
/// Finds an earlier image within a Hamming distance in time that does not grow with the run: the 256 bits are cut
/// into distance + 1 chunks, and by the pigeonhole principle two hashes that close share at least one chunk
/// exactly, so only hashes sharing a chunk are compared (multi-index hashing).
/// </summary>
public sealed class NearDuplicateIndex
{
    private readonly int _maxDistance;
    private readonly (int Start, int Length)[] _chunks;
    private readonly Dictionary<(int Chunk, ulong Value), List<int>> _buckets = [];
    private readonly List<(ImageHash Hash, long Id)> _entries = [];

    public NearDuplicateIndex(int maxDistance = NearDuplicates.DefaultMaxDistance)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxDistance);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxDistance, 63);
        _maxDistance = maxDistance;
        var count = maxDistance + 1;
        _chunks = Enumerable.Range(0, count).Select(i => (Start: i * 256 / count, Length: ((i + 1) * 256 / count) - (i * 256 / count))).ToArray();
    }

    public int Count => _entries.Count;

    /// <summary>The id of an indexed hash within the distance of <paramref name="hash"/>, or null.</summary>
    public long? FindNear(ImageHash hash)
    {
        for (var c = 0; c < _chunks.Length; c++)
        {
            if (_buckets.TryGetValue((c, Chunk(hash, c)), out var candidates))
            {
                foreach (var entry in candidates)
                {
                    if (_entries[entry].Hash.DistanceTo(hash) <= _maxDistance)
                    {
                        return _entries[entry].Id;
                    }
                }
            }
        }

        return null;
    }

    public void Add(ImageHash hash, long id)
    {
        _entries.Add((hash, id));
        for (var c = 0; c < _chunks.Length; c++)
        {
            var key = (c, Chunk(hash, c));
            if (!_buckets.TryGetValue(key, out var list))
            {
                _buckets[key] = list = [];
            }

            list.Add(_entries.Count - 1);
        }
    }

    private ulong Chunk(ImageHash hash, int chunk)
    {
        var (start, length) = _chunks[chunk];
        ulong value = 0;
        for (var i = 0; i < length; i++)
        {
            value = (value << 1) | Bit(hash, start + i);
        }

        return value;
    }

    private static ulong Bit(ImageHash hash, int bit)
    {
        var word = (bit >> 6) switch { 0 => hash.A, 1 => hash.B, 2 => hash.C, _ => hash.D };
        return (word >> (bit & 63)) & 1;
    }
}
