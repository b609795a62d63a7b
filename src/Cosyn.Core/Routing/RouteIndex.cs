namespace Cosyn.Routing;

/// <summary>
/// The sentences of every route description, embedded once (or read from <see cref="RouteVectors"/> when shipped for
/// exactly these texts). A query's similarity to a description is its cosine to the nearest of the description's
/// texts, rounded to <see cref="Decimals"/> places so that the tiny differences between ONNX builds and CPUs cannot
/// change a ranking.
/// </summary>
public sealed class RouteIndex
{
    /// <summary>Decimal places similarities are rounded to before ranking and breaking ties.</summary>
    public const int Decimals = 3;

    private readonly Dictionary<RouteDescription, float[][]> vectors;

    /// <param name="embedder">Embeds queries, and the descriptions unless their vectors are shipped.</param>
    /// <param name="descriptions">What queries are compared with.</param>
    /// <param name="useShipped">Whether shipped vectors may stand in for embedding the descriptions (false: always embed).</param>
    public RouteIndex(ISentenceEmbedder embedder, IReadOnlyList<RouteDescription> descriptions, bool useShipped = true)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(descriptions);
        Embedder = embedder;
        Texts = [.. descriptions.SelectMany(d => d.Texts)];
        var shipped = useShipped ? RouteVectors.Shipped(embedder, Texts) : null;
        FromShipped = shipped is not null;
        var embedded = shipped ?? embedder.Embed(Texts);
        Vectors = embedded;
        vectors = [];
        var next = 0;
        foreach (var description in descriptions)
        {
            vectors[description] = embedded[next..(next + description.Texts.Count)];
            next += description.Texts.Count;
        }
    }

    /// <summary>Every description text, in the order their vectors are stored.</summary>
    public IReadOnlyList<string> Texts { get; }

    /// <summary>Whether the description vectors came from the shipped file rather than the embedder.</summary>
    public bool FromShipped { get; }

    /// <summary>The description vectors in <see cref="Texts"/> order.</summary>
    public IReadOnlyList<float[]> Vectors { get; }

    /// <summary>The embedder queries go through, the same one the descriptions went through.</summary>
    public ISentenceEmbedder Embedder { get; }

    /// <summary>The query's rounded cosine similarity to <paramref name="description"/> (to its nearest text).</summary>
    public double Similarity(float[] query, RouteDescription description)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(description);
        var best = float.MinValue;
        foreach (var text in vectors[description])
        {
            best = Math.Max(best, Dot(query, text));
        }

        return Math.Round(best, Decimals, MidpointRounding.AwayFromZero);
    }

    private static float Dot(float[] a, float[] b)
    {
        var sum = 0f;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}
