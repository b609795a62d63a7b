using System.Text.Json;
using Cosyn.Engine;
using Cosyn.Quality;
using Cosyn.Routing;
using Cosyn.Store;

namespace Cosyn.Output;

/// <summary>Computes <see cref="RunStats"/> from the run store, so the numbers cover every session of a resumed run.</summary>
public static class StatsBuilder
{
    public const string FileName = "stats.json";

    /// <summary>How <see cref="RunStats.StopReason"/> starts when a run went to its end but its failure budgets ran out.</summary>
    public const string BudgetSpent = "the failure budget ran out";

    /// <summary>The stats of a run from its store, read row by row (<see cref="RunStore.Stream"/>), topic vectors kept in the store.</summary>
    public static RunStats Build(RunPlan plan, RunStore store, RunStatsContext context, IReadOnlyList<int>? quotas = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        return Build(plan, store.Stream(), context, quotas, new StoredSentenceEmbedder(store, TopicSpread.Model));
    }

    // quotas: samples requested per pipeline, the plan's own or a shard's share of them.
    // embedder: embeds the topics; the shipped model when null. Each row's line is parsed once, into a StatsRow, and dropped.
    public static RunStats Build(RunPlan plan, IEnumerable<StoredSample> rows, RunStatsContext context, IReadOnlyList<int>? quotas = null, ISentenceEmbedder? embedder = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(context);
        var slim = rows.Select(StatsRow.From).ToList();
        // One cache per build: the totals measure vectors the pipelines already embedded; nothing outlives the build.
        var topics = new CachingSentenceEmbedder(embedder ?? TopicSpread.Model, int.MaxValue);
        var perPipeline = new Dictionary<string, PipelineStats>(StringComparer.Ordinal);
        var byPipeline = slim.GroupBy(r => r.Row.Pipeline, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var sampled = new List<StatsRow>();
        for (var p = 0; p < plan.Pipelines.Count; p++)
        {
            var name = plan.Pipelines[p].Name;
            var own = byPipeline.GetValueOrDefault(name) ?? [];
            var written = TopicSpread.Sample(DiversityMeter.Written(own), TopicSpread.MaxTopicsPerPipeline);
            sampled.AddRange(written);
            perPipeline[name] = Summarize((quotas ?? plan.Quotas)[p], own, context.QualityGate, written, topics);
        }

        // The totals' topics are drawn from the pipelines' samples: the same topics as before below the caps, no new embedding above.
        var totalTopics = TopicSpread.Sample([.. sampled.OrderBy(r => r.Row.Index)], TopicSpread.MaxTopics);
        var totals = Summarize((quotas ?? plan.Quotas).Sum(), slim, context.QualityGate, totalTopics, topics);
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

    private static PipelineStats Summarize(int requested, List<StatsRow> rows, bool qualityGate, IReadOnlyList<StatsRow> topicSample, ISentenceEmbedder embedder)
    {
        var done = rows.Where(r => r.Row.Status == StoredSampleStatus.Done).ToList();
        var failed = rows.Where(r => r.Row.Status == StoredSampleStatus.Failed).ToList();
        var failures = failed
            .GroupBy(r => r.Row.Stage ?? "unknown", StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyDictionary<string, int>)g.GroupBy(r => r.Row.Reason ?? "unknown", StringComparer.Ordinal)
                    .OrderBy(r => r.Key, StringComparer.Ordinal)
                    .ToDictionary(r => r.Key, r => r.Count(), StringComparer.Ordinal),
                StringComparer.Ordinal);
        var seconds = rows
            .SelectMany(r => JsonSerializer.Deserialize<Dictionary<string, double>>(r.Row.StageSeconds) ?? [])
            .GroupBy(kv => kv.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Math.Round(g.Sum(kv => kv.Value) / Math.Max(1, rows.Count), 4), StringComparer.Ordinal);
        return new PipelineStats(
            requested,
            rows.Count,
            rows.Count(r => r.Row.Emitted),
            failed.Count,
            failures,
            rows.Where(r => r.Row.Emitted).Sum(r => r.Row.QaCount),
            done.Count(r => r.Row.RenderAttempts == 1),
            done.Count(r => r.Row.RenderAttempts > 1),
            seconds,
            SummarizeRenders(rows),
            DiversityMeter.Measure(rows, NearDuplicates.FailureReason, topicSample, embedder),
            qualityGate ? QualityTally.Summarize(rows) : null,
            SummarizeVerify(rows),
            PointStats.Sum([.. rows.Where(r => r.Row.Emitted).Select(r => r.Points).OfType<PointCheck>()]));
    }

    private static VerifyStats? SummarizeVerify(IReadOnlyList<StatsRow> rows) => VerifyStats.Sum([.. rows
        .Where(r => r.Row.Emitted)
        .Select(r => r.Verify)
        .OfType<AnswerVerification>()]);

    private static readonly string[] RenderStages = ["render", "image"];

    private static RenderStats SummarizeRenders(IReadOnlyList<StatsRow> rows)
    {
        // Rendered: written samples, and samples that failed only after a successful render (at QA or the quality gate).
        var rendered = rows.Where(r => r.Row.Status == StoredSampleStatus.Done || (r.Row.Stage is "qa" or RejectedSamples.Stage && r.Row.RenderAttempts > 0)).ToList();
        var renderFailed = rows.Where(r => r.Row.Status == StoredSampleStatus.Failed && r.Row.Stage is not null && RenderStages.Contains(r.Row.Stage)).ToList();
        var reached = rendered.Count + renderFailed.Count;
        var firstTry = rendered.Count(r => r.Row.RenderAttempts == 1);
        var afterRepair = rendered.Count - firstTry;
        var layoutRepairs = rows
            .Where(r => r.Row.Status == StoredSampleStatus.Done)
            .Select(r => r.LayoutRepairs)
            .Where(n => n > 0)
            .ToList();
        var repaired = rows
            .Where(r => r.Row.Status == StoredSampleStatus.Done && r.Row.RenderAttempts > 1)
            .SelectMany(r => r.RepairedFailures)
            .GroupBy(kind => kind, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var failed = renderFailed
            .GroupBy(r => r.Row.Reason ?? "unknown", StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new RenderStats(reached, firstTry, afterRepair, Rate(firstTry, reached), Rate(firstTry + afterRepair, reached), repaired, failed, layoutRepairs.Count, layoutRepairs.Sum());
    }

    private static double Rate(int part, int whole) => whole == 0 ? 0 : Math.Round((double)part / whole, 4);
}
