using Cosyn.Quality;

namespace Cosyn.Tests.Quality;

public sealed class NearDuplicateIndexTests
{
    [Fact]
    public void Finds_exactly_what_a_brute_force_scan_finds()
    {
        var random = new Random(11);
        var index = new NearDuplicateIndex();
        var stored = new List<ImageHash>();
        for (var i = 0; i < 400; i++)
        {
            var hash = i > 0 && random.Next(3) == 0 ? Flip(stored[random.Next(stored.Count)], random.Next(0, 16), random) : Random(random);
            var brute = stored.Any(h => h.DistanceTo(hash) <= NearDuplicates.DefaultMaxDistance);
            Assert.Equal(brute, index.FindNear(hash) is not null);
            index.Add(hash, i);
            stored.Add(hash);
        }
    }

    [Fact]
    public void Ten_bits_apart_is_near_and_eleven_is_not()
    {
        var random = new Random(5);
        var original = Random(random);
        var index = new NearDuplicateIndex();
        index.Add(original, 42);

        Assert.Equal(42, index.FindNear(Flip(original, 10, random)));
        Assert.Null(index.FindNear(Flip(original, 11, random)));
    }

    [Fact]
    public void Hashes_round_trip_through_their_stored_text()
    {
        var hash = Random(new Random(9));
        Assert.Equal(hash, ImageHash.Parse(hash.ToString()));
        Assert.Equal(64, hash.ToString().Length);
    }

    private static ImageHash Random(Random random) =>
        new((ulong)random.NextInt64(), (ulong)random.NextInt64(), (ulong)random.NextInt64(), (ulong)random.NextInt64());

    private static ImageHash Flip(ImageHash hash, int bits, Random random)
    {
        var words = new[] { hash.A, hash.B, hash.C, hash.D };
        foreach (var bit in Enumerable.Range(0, 256).OrderBy(_ => random.Next()).Take(bits))
        {
            words[bit >> 6] ^= 1UL << (bit & 63);
        }

        return new ImageHash(words[0], words[1], words[2], words[3]);
    }
}
