using Cosyn.Quality;
using Cosyn.Routing;
using Cosyn.Store;

namespace Cosyn.Output;

/// <summary>Measures <see cref="DiversityStats"/> from run-store rows (the written samples' facts and image hashes), so it covers every session.</summary>
public static class DiversityMeter
{
    /// <summary>The written samples among <paramref name="rows"/>, in plan order.</summary>
    public static IReadOnlyList<StatsRow> Written(IReadOnlyList<StatsRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return [.. rows.Where(r => r.Row.Emitted && r.HasLine).OrderBy(r => r.Row.Index)];
    }

    /// <param name="rows">The run store's rows.</param>
    /// <param name="nearDuplicateReason">The failure reason of samples dropped as near-duplicate images.</param>
    /// <param name="topicSample">The written samples whose topics <see cref="TopicSpread"/> measures (<see cref="TopicSpread.Sample{T}"/>).</param>
    /// <param name="embedder">Embeds topics for <see cref="TopicSpread"/>.</param>
    public static DiversityStats Measure(IReadOnlyList<StatsRow> rows, string nearDuplicateReason, IReadOnlyList<StatsRow> topicSample, ISentenceEmbedder embedder)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(topicSample);
        ArgumentNullException.ThrowIfNull(embedder);
        var written = Written(rows);
        var questions = written.SelectMany(r => r.Questions).ToList();
        var figureTypes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in written)
        {
            figureTypes[row.FigureType!] = figureTypes.GetValueOrDefault(row.FigureType!) + 1;
        }

        var words = questions.Select(Words).ToList();
        var distinctTopics = written.Select(r => r.Topic).Distinct(StringComparer.Ordinal).Count();
        return new DiversityStats(
            written.Count,
            distinctTopics,
            Ratio(distinctTopics, written.Count),
            Ratio(questions.Distinct(StringComparer.Ordinal).Count(), questions.Count),
            DistinctN(words, 1),
            DistinctN(words, 2),
            Ratio(written.Select(r => r.Persona).Distinct(StringComparer.Ordinal).Count(), written.Count),
            Ratio(NearDuplicateCount(written), written.Count),
            rows.Count(r => r.Row.Reason == nearDuplicateReason),
            figureTypes,
            TopicSpread.Measure([.. topicSample.Select(r => r.Topic!)], embedder));
    }

    private static int NearDuplicateCount(IReadOnlyList<StatsRow> written)
    {
        var index = new NearDuplicateIndex();
        var count = 0;
        foreach (var row in written.Where(r => r.Row.ImageHash is not null))
        {
            var hash = ImageHash.Parse(row.Row.ImageHash!);
            if (index.FindNear(hash) is not null)
            {
                count++;
            }

            index.Add(hash, row.Row.Index);
        }

        return count;
    }

    // Counts the n-grams as they stream by: only the distinct ones are held.
    private static double DistinctN(List<string[]> sentences, int n)
    {
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        var count = 0;
        foreach (var gram in sentences.SelectMany(w => Enumerable.Range(0, Math.Max(0, w.Length - n + 1)).Select(i => string.Join(' ', w.Skip(i).Take(n)))))
        {
            distinct.Add(gram);
            count++;
        }

        return Ratio(distinct.Count, count);
    }

    private static string[] Words(string text) =>
        text.ToLowerInvariant().Split([' ', '\t', '\n', ',', '.', '?', '!', ';', ':', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries);

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : Math.Round((double)part / whole, 4);
}
