using System.Text.Json;
using Cosyn.Quality;
using Cosyn.Routing;
using Cosyn.Store;

namespace Cosyn.Output;

/// <summary>Measures <see cref="DiversityStats"/> from run-store rows (written lines and image hashes), so it covers every session.</summary>
public static class DiversityMeter
{
    /// <param name="rows">The run store's rows.</param>
    /// <param name="nearDuplicateReason">The failure reason of samples dropped as near-duplicate images.</param>
    /// <param name="embedder">Embeds topics for <see cref="TopicSpread"/>; the shipped model when null.</param>
    public static DiversityStats Measure(IReadOnlyList<StoredSample> rows, string nearDuplicateReason, ISentenceEmbedder? embedder = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var written = rows.Where(r => r.Emitted && r.Line is not null).OrderBy(r => r.Index).ToList();
        var topics = new List<string>();
        var personas = new List<string>();
        var questions = new List<string>();
        var figureTypes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in written)
        {
            using var document = JsonDocument.Parse(row.Line!);
            var root = document.RootElement;
            var metadata = root.GetProperty("metadata");
            topics.Add(metadata.GetProperty("topic").GetString() ?? string.Empty);
            personas.Add(metadata.GetProperty("persona").GetString() ?? string.Empty);
            var figureType = metadata.GetProperty("figure_type").GetString() ?? string.Empty;
            figureTypes[figureType] = figureTypes.GetValueOrDefault(figureType) + 1;
            if (root.TryGetProperty("qa_pairs", out var pairs))
            {
                questions.AddRange(pairs.EnumerateArray().Select(p => p.GetProperty("question").GetString() ?? string.Empty));
            }

            if (root.TryGetProperty("questions", out var pointing) && pointing.ValueKind == JsonValueKind.Array)
            {
                questions.AddRange(pointing.EnumerateArray().Select(q => q.GetString() ?? string.Empty));
            }
        }

        var words = questions.Select(Words).ToList();
        var distinctTopics = topics.Distinct(StringComparer.Ordinal).Count();
        return new DiversityStats(
            written.Count,
            distinctTopics,
            Ratio(distinctTopics, written.Count),
            Ratio(questions.Distinct(StringComparer.Ordinal).Count(), questions.Count),
            DistinctN(words, 1),
            DistinctN(words, 2),
            Ratio(personas.Distinct(StringComparer.Ordinal).Count(), written.Count),
            Ratio(NearDuplicateCount(written), written.Count),
            rows.Count(r => r.Reason == nearDuplicateReason),
            figureTypes,
            TopicSpread.Measure(topics, embedder ?? TopicSpread.Embedder));
    }

    private static int NearDuplicateCount(List<StoredSample> written)
    {
        var index = new NearDuplicateIndex();
        var count = 0;
        foreach (var row in written.Where(r => r.ImageHash is not null))
        {
            var hash = ImageHash.Parse(row.ImageHash!);
            if (index.FindNear(hash) is not null)
            {
                count++;
            }

            index.Add(hash, row.Index);
        }

        return count;
    }

    private static double DistinctN(List<string[]> sentences, int n)
    {
        var grams = sentences.SelectMany(w => Enumerable.Range(0, Math.Max(0, w.Length - n + 1)).Select(i => string.Join(' ', w.Skip(i).Take(n)))).ToList();
        return Ratio(grams.Distinct(StringComparer.Ordinal).Count(), grams.Count);
    }

    private static string[] Words(string text) =>
        text.ToLowerInvariant().Split([' ', '\t', '\n', ',', '.', '?', '!', ';', ':', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries);

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : Math.Round((double)part / whole, 4);
}
