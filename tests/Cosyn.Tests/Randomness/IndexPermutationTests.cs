using Cosyn.Randomness;

namespace Cosyn.Tests.Randomness;

public sealed class IndexPermutationTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(17)]
    [InlineData(1024)]
    [InlineData(100_003)]
    public void Map_WholeRange_IsABijection(long size)
    {
        var sut = new IndexPermutation(size, key: 11);
        var images = new HashSet<long>();
        for (long i = 0; i < size; i++)
        {
            var image = sut.Map(i);
            Assert.InRange(image, 0, size - 1);
            Assert.True(images.Add(image));
        }
    }

    [Fact]
    public void Map_HugeSize_StaysInRange()
    {
        var sut = new IndexPermutation(long.MaxValue, key: 5);
        Assert.InRange(sut.Map(long.MaxValue - 1), 0, long.MaxValue - 1);
        Assert.NotEqual(sut.Map(0), sut.Map(1));
    }

    [Fact]
    public void Map_OutOfRange_Throws()
    {
        var sut = new IndexPermutation(10, key: 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => sut.Map(10));
        Assert.Throws<ArgumentOutOfRangeException>(() => sut.Map(-1));
    }
}
