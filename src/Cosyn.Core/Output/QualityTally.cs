using Cosyn.Quality.Checks;
using Cosyn.Store;

namespace Cosyn.Output;

/// <summary>Computes the <see cref="QualityStats"/> of a gated run from its store rows (every session, and merged shards alike).</summary>
internal static class QualityTally
{
    private const int ReasonsPerCheck = 3;

    public static QualityStats Summarize(IReadOnlyList<StatsRow> rows)
    {
        // Under a gate, every sample that was written, or dropped afterwards as a near-duplicate, passed it.
        var passed = rows.Count(r => r.Row.Status == StoredSampleStatus.Done || r.Row.Stage == "verify");
        var rejected = rows.Where(r => r.Row.Status == StoredSampleStatus.Failed && r.Row.Stage == RejectedSamples.Stage).OrderBy(r => r.Row.Index).ToList();
        var byCheck = new SortedDictionary<string, (int Samples, List<string> Reasons)>(StringComparer.Ordinal);
        foreach (var row in rejected)
        {
            foreach (var finding in Findings(row))
            {
                if (!byCheck.TryGetValue(finding.Name, out var entry))
                {
                    entry = (0, []);
                }

                if (entry.Reasons.Count < ReasonsPerCheck && !entry.Reasons.Contains(finding.Reason))
                {
                    entry.Reasons.Add(finding.Reason);
                }

                byCheck[finding.Name] = (entry.Samples + 1, entry.Reasons);
            }
        }

        var repaired = rows.Count(r => r.Row.Status == StoredSampleStatus.Done && r.LayoutRepairs > 0);
        var judged = passed + rejected.Count;
        return new QualityStats(
            judged,
            passed,
            rejected.Count,
            judged == 0 ? 0 : Math.Round((double)passed / judged, 4),
            byCheck.ToDictionary(kv => kv.Key, kv => new CheckRejections(kv.Value.Samples, kv.Value.Reasons), StringComparer.Ordinal),
            repaired);
    }

    /// <summary>The failed checks the row recorded; a row without them (a hand-edited store) counts under its reason.</summary>
    private static IReadOnlyList<CheckResult> Findings(StatsRow row)
    {
        var recorded = row.QualityFailed;
        return recorded is { Count: > 0 } ? recorded : [CheckResult.Fail(row.Row.Reason ?? "unknown", 0, row.Row.Detail ?? string.Empty)];
    }
}
