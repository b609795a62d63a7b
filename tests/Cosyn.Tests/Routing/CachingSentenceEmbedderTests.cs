using Cosyn.Routing;

namespace Cosyn.Tests.Routing;

public sealed class CachingSentenceEmbedderTests
{
    [Fact]
    public void Embed_ASentenceSeenBefore_IsNotEmbeddedAgain()
    {
        var inner = new CountingEmbedder();
        var sut = new CachingSentenceEmbedder(inner);

        sut.Embed(["a", "b"]);
        var again = sut.Embed(["b", "a", "c", "c"]);

        Assert.Equal(["a", "b", "c"], inner.Embedded);
        Assert.Equal([2f, 1f, 3f, 3f], again.Select(v => v[0]));
    }

    [Fact]
    public void Embed_PastCapacity_StartsOver()
    {
        var inner = new CountingEmbedder();
        var sut = new CachingSentenceEmbedder(inner, capacity: 2);

        sut.Embed(["a", "b"]);
        sut.Embed(["c"]);
        sut.Embed(["a"]);

        Assert.Equal(["a", "b", "c", "a"], inner.Embedded);
    }

    /// <summary>Gives the n-th sentence it embeds the vector [n] and records the order.</summary>
    private sealed class CountingEmbedder : ISentenceEmbedder
    {
        public List<string> Embedded { get; } = [];

        public string Identity => "counting";

        public float[][] Embed(IReadOnlyList<string> sentences)
        {
            var vectors = sentences.Select(s =>
            {
                Embedded.Add(s);
                return new float[] { Embedded.Count };
            }).ToArray();
            return vectors;
        }
    }
}
