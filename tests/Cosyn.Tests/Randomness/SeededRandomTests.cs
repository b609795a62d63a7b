using Cosyn.Randomness;

namespace Cosyn.Tests.Randomness;

public sealed class SeededRandomTests
{
    [Fact]
    public void Next_SameSeed_SameSequence()
    {
        Assert.Equal(Draw(seed: 42, count: 100), Draw(seed: 42, count: 100));
    }

    [Fact]
    public void Next_DifferentSeeds_DifferentSequences()
    {
        Assert.NotEqual(Draw(seed: 1, count: 16), Draw(seed: 2, count: 16));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1000)]
    public void Next_MaxExclusive_StaysInRange(int maxExclusive)
    {
        var sut = new SeededRandom(7);

        var values = Enumerable.Range(0, 10_000).Select(_ => sut.Next(maxExclusive)).ToList();

        Assert.All(values, v => Assert.InRange(v, 0, maxExclusive - 1));
    }

    [Fact]
    public void Shuffle_AnyList_IsAPermutation()
    {
        var sut = new SeededRandom(3);
        var items = Enumerable.Range(0, 50).ToList();

        sut.Shuffle(items);

        Assert.Equal(Enumerable.Range(0, 50), items.Order());
        Assert.NotEqual(Enumerable.Range(0, 50), items);
    }

    private static List<ulong> Draw(long seed, int count)
    {
        var sut = new SeededRandom(seed);
        return Enumerable.Range(0, count).Select(_ => sut.NextUInt64()).ToList();
    }
}
