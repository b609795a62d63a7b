using Cosyn.Routing;

namespace Cosyn.Tests.Routing;

/// <summary>The shipped description vectors: current for the shipped descriptions and model, and never used when stale.</summary>
[Collection(RoutingModelGroup.Name)]
public sealed class RouteVectorsTests(RoutingModelFixture model)
{
    [Fact]
    public void Shipped_vectors_are_those_of_the_shipped_descriptions_and_model()
    {
        var index = model.Router.Index;

        Assert.True(index.FromShipped, $"{RouteVectors.SourcePath} is stale: run `dotnet run --project bench/Cosyn.Bench -c Release -- route-vectors` from the repository root");
        var fresh = index.Embedder.Embed(index.Texts);
        var worst = fresh.Zip(index.Vectors).Max(pair => pair.First.Zip(pair.Second).Max(v => Math.Abs(v.First - v.Second)));
        Assert.True(worst < 1e-4, $"shipped vectors differ from the model's by up to {worst}");
    }

    [Fact]
    public void Read_returns_what_Write_wrote_under_the_same_key()
    {
        var key = RouteVectors.Key(new FixedEmbedder(), ["a", "b"]);
        float[][] vectors = [[0.6f, 0.8f], [1f, 0f]];
        using var stream = new MemoryStream();

        RouteVectors.Write(stream, key, vectors);
        stream.Position = 0;

        Assert.Equal(vectors, RouteVectors.Read(stream, key));
    }

    [Fact]
    public void Read_refuses_vectors_of_other_texts_or_another_model()
    {
        var key = RouteVectors.Key(new FixedEmbedder(), ["a", "b"]);
        using var stream = new MemoryStream();
        RouteVectors.Write(stream, key, [[1f], [1f]]);

        stream.Position = 0;
        Assert.Null(RouteVectors.Read(stream, RouteVectors.Key(new FixedEmbedder(), ["a", "c"])));
        stream.Position = 0;
        Assert.Null(RouteVectors.Read(stream, RouteVectors.Key(new FixedEmbedder("other model"), ["a", "b"])));
    }

    [Fact]
    public void An_index_whose_vectors_are_not_shipped_embeds_its_descriptions()
    {
        var embedder = new FixedEmbedder();
        var index = new RouteIndex(embedder, [new RouteDescription("test", [], ["x", "y"])]);

        Assert.False(index.FromShipped);
        Assert.Equal(2, embedder.Embedded);
    }

    /// <summary>An embedder that maps every sentence to the same unit vector and counts what it embedded.</summary>
    private sealed class FixedEmbedder(string identity = "fixed") : ISentenceEmbedder
    {
        private static readonly float[] Unit = [1f];

        public string Identity => identity;

        public int Embedded { get; private set; }

        public float[][] Embed(IReadOnlyList<string> sentences)
        {
            Embedded += sentences.Count;
            return [.. sentences.Select(_ => (float[])Unit.Clone())];
        }
    }
}
