namespace Cosyn.Routing;

/// <summary>
/// Remembers the vectors of sentences it has embedded, so the diversity report embeds a topic once although every
/// pipeline's stats and the totals measure it. Bounded: past <c>capacity</c> sentences it starts over.
/// </summary>
public sealed class CachingSentenceEmbedder(ISentenceEmbedder inner, int capacity = 20_000) : ISentenceEmbedder
{
    private readonly Dictionary<string, float[]> vectors = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public string Identity => inner.Identity;

    public float[][] Embed(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        lock (gate)
        {
            var missing = sentences.Where(s => !vectors.ContainsKey(s)).Distinct(StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
            {
                if (vectors.Count + missing.Count > capacity)
                {
                    vectors.Clear();
                }

                foreach (var (sentence, vector) in missing.Zip(inner.Embed(missing)))
                {
                    vectors[sentence] = vector;
                }
            }

            return [.. sentences.Select(s => vectors[s])];
        }
    }
}
