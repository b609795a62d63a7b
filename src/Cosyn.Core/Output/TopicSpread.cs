using Cosyn.Routing;

namespace Cosyn.Output;

/// <summary>
/// Topic variety by meaning, with the sentence embeddings routing uses (issue 18): how far apart the written topics
/// are, and how many nearly repeat an earlier one ("Monthly precipitation in Seattle, 2024" after the same title for
/// 2020), which distinct-string counts miss.
/// </summary>
public static class TopicSpread
{
    /// <summary>At most this many written samples of the whole run are measured (drawn from the pipelines' samples).</summary>
    public const int MaxTopics = 2_000;

    /// <summary>At most this many written samples of one pipeline are measured, so a 20K-sample run embeds about 5K topics, not 20K.</summary>
    public const int MaxTopicsPerPipeline = 250;

    /// <summary>A topic this similar (cosine) to an earlier written one is a near duplicate of it.</summary>
    public const double NearDuplicateSimilarity = 0.95;

    /// <summary>The shipped model (loaded once per process); <see cref="StatsBuilder"/> keeps its vectors in run.db.</summary>
    public static ISentenceEmbedder Model => MiniLmEmbedder.Shared;

    /// <summary>
    /// A bounded deterministic sample, in order: all of <paramref name="items"/> up to <paramref name="cap"/>, above it
    /// <paramref name="cap"/> evenly spaced ones (the i-th at position floor(i·n/cap)), so the sample covers the whole run.
    /// </summary>
    public static IReadOnlyList<T> Sample<T>(IReadOnlyList<T> items, int cap)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentOutOfRangeException.ThrowIfLessThan(cap, 1);
        if (items.Count <= cap)
        {
            return items;
        }

        return [.. Enumerable.Range(0, cap).Select(i => items[(int)((long)i * items.Count / cap)])];
    }

    /// <summary>Measures <paramref name="topics"/> (written order; a <see cref="Sample{T}"/> of a big run's).</summary>
    public static TopicSpreadStats Measure(IReadOnlyList<string> topics, ISentenceEmbedder embedder)
    {
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(embedder);
        var measured = topics.ToList();
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
