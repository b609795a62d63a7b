using Cosyn.Personas;

namespace Cosyn.Tests.Personas;

public sealed class PersonaSamplerTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(1000)]
    [InlineData(65_537)]
    public void ForSample_FirstCountSamples_AreAllDistinct(long count)
    {
        var sut = new PersonaSampler(new ListPersonaSource(count), runSeed: 42);
        var indices = Enumerable.Range(0, (int)count).Select(i => sut.ForSample(i).Index).ToHashSet();
        Assert.Equal(count, indices.Count);
    }

    [Fact]
    public void ForSample_BuiltInLibrary_FirstTenThousandAreDistinct()
    {
        var sut = new PersonaSampler(BuiltInPersonaLibrary.Default, runSeed: 7);
        var texts = Enumerable.Range(0, 10_000).Select(i => sut.ForSample(i).Text).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(10_000, texts.Count);
    }

    [Fact]
    public void ForSample_SameSeed_SameOrder()
    {
        var first = Order(new PersonaSampler(new ListPersonaSource(500), runSeed: 9), 500);
        var second = Order(new PersonaSampler(new ListPersonaSource(500), runSeed: 9), 500);
        Assert.Equal(first, second);
    }

    [Fact]
    public void ForSample_DifferentSeeds_DifferentOrder()
    {
        var first = Order(new PersonaSampler(new ListPersonaSource(500), runSeed: 1), 500);
        var second = Order(new PersonaSampler(new ListPersonaSource(500), runSeed: 2), 500);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void ForSample_Order_IsNotTheIdentity()
    {
        var order = Order(new PersonaSampler(new ListPersonaSource(500), runSeed: 3), 500);
        Assert.True(order.Where((value, i) => value == i).Count() < 50);
    }

    [Fact]
    public void ForSample_BeyondCount_StartsAFreshRoundOfEveryPersona()
    {
        const int count = 50;
        var sut = new PersonaSampler(new ListPersonaSource(count), runSeed: 5);
        var secondRound = Enumerable.Range(count, count).Select(i => sut.ForSample(i).Index).ToList();
        Assert.Equal(count, secondRound.Distinct().Count());
        Assert.NotEqual(Order(sut, count), secondRound);
    }

    [Fact]
    public void ForSample_NegativeIndex_Throws()
    {
        var sut = new PersonaSampler(new ListPersonaSource(3), runSeed: 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => sut.ForSample(-1));
    }

    private static List<long> Order(PersonaSampler sampler, int count) =>
        Enumerable.Range(0, count).Select(i => sampler.ForSample(i).Index).ToList();
}
