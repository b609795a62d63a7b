using System.Text.Json;
using Cosyn.Engine;
using Cosyn.Quality;
using Cosyn.Store;

namespace Cosyn.Output;

/// <summary>Computes <see cref="RunStats"/> from the run store, so the numbers cover every session of a resumed run.</summary>
public static class StatsBuilder
{
    public const string FileName = "stats.json";

    /// <summary>How <see cref="RunStats.StopReason"/> starts when a run went to its end but its failure budgets ran out.</summary>
    public const string BudgetSpent = "the failure budget ran out";

    // quotas: samples requested per pipeline, the plan's own or a shard's share of them.
    public static RunStats Build(RunPlan plan, IReadOnlyList<StoredSample> rows, RunStatsContext context, IReadOnlyList<int>? quotas = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(context);
        var perPipeline = new Dictionary<string, PipelineStats>(StringComparer.Ordinal);
        for (var p = 0; p < plan.Pipelines.Count; p++)
        {
            var name = plan.Pipelines[p].Name;
            perPipeline[name] = Summarize((quotas ?? plan.Quotas)[p], rows.Where(r => r.Pipeline == name).ToList(), context.QualityGate);
        }

        var totals = Summarize((quotas ?? plan.Quotas).Sum(), rows, context.QualityGate);
        var shortfall = Math.Max(0, context.Count - totals.Written);
        RunStopKind? kind = shortfall == 0 && context.Completed ? null
            : context.StopReason is null && context.Completed ? RunStopKind.BudgetSpent
            : RunStopKind.Stopped;
        var reason = kind switch
        {
            null => null,
            RunStopKind.BudgetSpent => $"{BudgetSpent}: {totals.Failed} samples failed (see failures)",
            _ => context.StopReason ?? "stopped early",
        };
        return new RunStats(
            context.Count, context.Seed, context.Synthesizer, context.Completed && shortfall == 0, Math.Round(context.SessionSeconds, 3), context.SessionSamples, totals, perPipeline, context.Llm, shortfall, reason, kind);
    }

    /// <summary>Writes stats.json atomically.</summary>
    public static void Write(string folder, RunStats stats)
    {
        var path = Path.Combine(folder, FileName);
        File.WriteAllText(path + ".tmp", JsonSerializer.Serialize(stats, CosynJson.Indented) + "\n");
        File.Move(path + ".tmp", path, overwrite: true);
    }

    private static PipelineStats Summarize(int requested, IReadOnlyList<StoredSample> rows, bool qualityGate)
    {
        var done = rows.Where(r => r.Status == StoredSampleStatus.Done).ToList();
        var failed = rows.Where(r => r.Status == StoredSampleStatus.Failed).ToList();
        var failures = failed
            .GroupBy(r => r.Stage ?? "unknown", StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyDictionary<string, int>)g.GroupBy(r => r.Reason ?? "unknown", StringComparer.Ordinal)
                    .OrderBy(r => r.Key, StringComparer.Ordinal)
                    .ToDictionary(r => r.Key, r => r.Count(), StringComparer.Ordinal),
                StringComparer.Ordinal);
        var seconds = rows
            .SelectMany(r => JsonSerializer.Deserialize<Dictionary<string, double>>(r.StageSeconds) ?? [])
            .GroupBy(kv => kv.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Math.Round(g.Sum(kv => kv.Value) / Math.Max(1, rows.Count), 4), StringComparer.Ordinal);
        return new PipelineStats(
            requested,
            rows.Count,
            rows.Count(r => r.Emitted),
            failed.Count,
            failures,
            rows.Where(r => r.Emitted).Sum(r => r.QaCount),
            done.Count(r => r.RenderAttempts == 1),
            done.Count(r => r.RenderAttempts > 1),
            seconds,
            SummarizeRenders(rows),
            DiversityMeter.Measure(rows, NearDuplicates.FailureReason),
            qualityGate ? QualityTally.Summarize(rows) : null,
            SummarizeVerify(rows));
    }

    private static VerifyStats? SummarizeVerify(IReadOnlyList<StoredSample> rows) => VerifyStats.Sum([.. rows
        .Where(r => r.Emitted && r.Line is not null && r.Line.Contains("\"verify\"", StringComparison.Ordinal))
        .Select(r => JsonSerializer.Deserialize<Sample>(r.Line!, CosynJson.Compact)?.Metadata.Verify)
        .OfType<AnswerVerification>()]);

    private static readonly string[] RenderStages = ["render", "image"];

    private static RenderStats SummarizeRenders(IReadOnlyList<StoredSample> rows)
    {
        // Rendered: written samples, and samples that failed only after a successful render (at QA or the quality gate).
        var rendered = rows.Where(r => r.Status == StoredSampleStatus.Done || (r.Stage is "qa" or RejectedSamples.Stage && r.RenderAttempts > 0)).ToList();
        var renderFailed = rows.Where(r => r.Status == StoredSampleStatus.Failed && r.Stage is not null && RenderStages.Contains(r.Stage)).ToList();
        var reached = rendered.Count + renderFailed.Count;
        var firstTry = rendered.Count(r => r.RenderAttempts == 1);
        var afterRepair = rendered.Count - firstTry;
        var layoutRepairs = rows
            .Where(r => r.Status == StoredSampleStatus.Done && r.Line is not null && r.Line.Contains("\"layout_repairs\"", StringComparison.Ordinal))
            .Select(r => JsonSerializer.Deserialize<Sample>(r.Line!, CosynJson.Compact)?.Metadata.LayoutRepairs ?? 0)
            .Where(n => n > 0)
            .ToList();
        var repaired = rows
            .Where(r => r.Status == StoredSampleStatus.Done && r.RenderAttempts > 1 && r.Line is not null)
            .SelectMany(r => JsonSerializer.Deserialize<Sample>(r.Line!, CosynJson.Compact)?.Metadata.RepairedFailures ?? [])
            .GroupBy(kind => kind, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var failed = renderFailed
            .GroupBy(r => r.Reason ?? "unknown", StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new RenderStats(reached, firstTry, afterRepair, Rate(firstTry, reached), Rate(firstTry + afterRepair, reached), repaired, failed, layoutRepairs.Count, layoutRepairs.Sum());
    }

    private static double Rate(int part, int whole) => whole == 0 ? 0 : Math.Round((double)part / whole, 4);
}
