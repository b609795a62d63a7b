using Cosyn.Routing;
using Cosyn.Store;

namespace Cosyn.Output;

/// <summary>
/// Embeds topics through the run store: vectors already in run.db (a resumed run's earlier sessions, keyed by model and
/// text) are read back, only the others are embedded, and those are stored for the next session.
/// </summary>
public sealed class StoredSentenceEmbedder(RunStore store, ISentenceEmbedder inner) : ISentenceEmbedder
{
    public string Identity => inner.Identity;

    public float[][] Embed(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var known = new Dictionary<string, float[]>(store.LoadVectors(inner.Identity, sentences.Distinct(StringComparer.Ordinal)), StringComparer.Ordinal);
        var missing = sentences.Where(s => !known.ContainsKey(s)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            var fresh = missing.Zip(inner.Embed(missing)).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
            store.SaveVectors(inner.Identity, fresh);
            foreach (var (sentence, vector) in fresh)
            {
                known[sentence] = vector;
            }
        }

        return [.. sentences.Select(s => known[s])];
    }
}
