namespace Cosyn.Routing;

/// <summary>
/// The sentences of every route description, embedded once. A query's similarity to a description is its cosine to
/// the nearest of the description's texts, rounded to <see cref="Decimals"/> places so that the tiny differences
/// between ONNX builds and CPUs cannot change a ranking.
/// </summary>
public sealed class RouteIndex
{
    /// <summary>Decimal places similarities are rounded to before ranking and breaking ties.</summary>
    public const int Decimals = 3;

    private readonly Dictionary<RouteDescription, float[][]> vectors;

    public RouteIndex(ISentenceEmbedder embedder, IReadOnlyList<RouteDescription> descriptions)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(descriptions);
        Embedder = embedder;
        var embedded = embedder.Embed([.. descriptions.SelectMany(d => d.Texts)]);
        vectors = [];
        var next = 0;
        foreach (var description in descriptions)
        {
            vectors[description] = embedded[next..(next + description.Texts.Count)];
            next += description.Texts.Count;
        }
    }

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
