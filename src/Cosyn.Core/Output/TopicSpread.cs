using Cosyn.Routing;

namespace Cosyn.Output;

/// <summary>
/// Topic variety by meaning, with the sentence embeddings routing uses (issue 18): how far apart the written topics
/// are, and how many nearly repeat an earlier one ("Monthly precipitation in Seattle, 2024" after the same title for
/// 2020), which distinct-string counts miss.
/// </summary>
public static class TopicSpread
{
    /// <summary>At most this many written samples (the first, in plan order) are measured, so big runs stay cheap.</summary>
    public const int MaxTopics = 2_000;

    /// <summary>A topic this similar (cosine) to an earlier written one is a near duplicate of it.</summary>
    public const double NearDuplicateSimilarity = 0.95;

    private static readonly Lazy<ISentenceEmbedder> SharedEmbedder = new(() => new CachingSentenceEmbedder(MiniLmEmbedder.Shared));

    /// <summary>The shipped model behind a cache, so per-pipeline stats and the totals embed each topic once.</summary>
    public static ISentenceEmbedder Embedder => SharedEmbedder.Value;

    /// <summary>Measures the first <see cref="MaxTopics"/> of <paramref name="topics"/> (written order).</summary>
    public static TopicSpreadStats Measure(IReadOnlyList<string> topics, ISentenceEmbedder embedder)
    {
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(embedder);
        var measured = topics.Take(MaxTopics).ToList();
        if (measured.Count == 0)
        {
            return new TopicSpreadStats(0, 0, 0, 0);
        }

        var distinct = measured.Distinct(StringComparer.Ordinal).ToList();
        var byTopic = distinct.Zip(embedder.Embed(distinct)).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        var vectors = measured.Select(t => byTopic[t]).ToList();
        var near = NearDuplicates(measured, vectors);
        return new TopicSpreadStats(measured.Count, Round(Dispersion(vectors)), near, Round((double)near / measured.Count));
    }

    // Mean cosine distance over all pairs of samples; for unit vectors the pairs' cosines sum to (|Σv|² - n) / 2.
    private static double Dispersion(List<float[]> vectors)
    {
        var n = vectors.Count;
        if (n < 2)
        {
            return 0;
        }

        var sum = new double[vectors[0].Length];
        foreach (var vector in vectors)
        {
            for (var d = 0; d < sum.Length; d++)
            {
                sum[d] += vector[d];
            }
        }

        var meanCosine = (sum.Sum(x => x * x) - n) / ((double)n * (n - 1));
        return Math.Clamp(1 - meanCosine, 0, 2);
    }

    // A sample whose topic repeats, or nearly repeats, an earlier sample's; earlier distinct topics are compared once each.
    private static int NearDuplicates(List<string> topics, List<float[]> vectors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var earlier = new List<float[]>();
        var count = 0;
        for (var i = 0; i < topics.Count; i++)
        {
            if (!seen.Add(topics[i]))
            {
                count++;
                continue;
            }

            if (earlier.Any(e => Cosine(e, vectors[i]) >= NearDuplicateSimilarity))
            {
                count++;
            }

            earlier.Add(vectors[i]);
        }

        return count;
    }

    private static double Cosine(float[] a, float[] b)
    {
        var sum = 0f;
        for (var d = 0; d < a.Length; d++)
        {
            sum += a[d] * b[d];
        }

        return sum;
    }

    private static double Round(double value) => Math.Round(value, 4);
}
