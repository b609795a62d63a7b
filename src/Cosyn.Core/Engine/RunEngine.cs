using System.Threading.Channels;
using Cosyn.Output;
using Cosyn.Quality;
using Cosyn.Rendering;
using Cosyn.Store;
using Cosyn.Synthesis;

namespace Cosyn.Engine;

/// <summary>
/// Runs a generation job: plan -> topic -> data -> code/render (+repair) -> qa -> commit, each arrow a bounded
/// channel so every stage works at once. Resumable: what the store holds is never redone.
/// </summary>
public sealed class RunEngine(ISynthesizer synthesizer, IRendererRegistry renderers, TimeProvider time)
{
    /// <summary>
    /// Runs until every pipeline has its count (or exhausted its failure budget) or <paramref name="stop"/> fires;
    /// either way every finished sample is saved and stats.json is written.
    /// </summary>
    /// <exception cref="RunStoreException">The folder is unusable or belongs to a different run.</exception>
    public async Task<RunResult> RunAsync(RunOptions options, IPersonaAssignment personas, RunProgress progress, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(personas);
        ArgumentNullException.ThrowIfNull(progress);
        if (options.Routes is not null && !options.Routes.Select(r => r.Pipeline).SequenceEqual(options.Pipelines))
        {
            throw new ArgumentException("Routes must list the same pipelines as Pipelines, in order", nameof(options));
        }

        var started = time.GetTimestamp();
        var plan = new RunPlan(options.PlanEntries, options.Count, options.AttemptsPerSample);
        var configuration = new RunConfiguration(
            options.Pipelines.Select(p => p.Name).ToList(), options.Seed, synthesizer.Name, personas.Fingerprint, options.Query, options.RenderAttempts, options.AttemptsPerSample, options.Llm)
        {
            Routes = options.Routes?.Select(RunConfiguration.DescribeRoute).ToList(),
            NearDuplicates = options.KeepNearDuplicates ? "keep" : null,
            QualityGate = options.QualityGate is null ? null : "on",
            Shard = options.Shard?.ToString(),
            ShardQuotas = options.Shard is null ? null : plan.Quotas,
        };

        using var folder = RunFolder.Claim(options.OutputFolder);
        using var store = RunStore.Open(folder.Path);
        var difference = store.BindConfiguration(configuration.ToJson(), RunConfiguration.DescribeDifference);
        if (difference is not null)
        {
            throw new RunStoreException($"{options.OutputFolder} holds a different run ({difference}); use another --out or repeat the original options");
        }

        using var jsonl = JsonlAppender.Open(folder.Path, store.CommittedJsonlBytes);
        // Streamed, not loaded: a resumed 20K-sample run would otherwise hold every line for the whole session.
        var emitter = new SampleEmitter(plan, store.Stream(), options.KeepNearDuplicates ? null : new NearDuplicateIndex(), options.Shard);
        var targets = options.Shard?.Targets(plan) ?? plan.Quotas;
        for (var p = 0; p < plan.Pipelines.Count; p++)
        {
            progress.Start(plan.Pipelines[p].Name, targets[p], emitter.Written[p]);
        }

        var tickets = new TicketFactory(plan, options.Seed, personas.ForSample, options.Query);
        var rejected = options.KeepRejected && options.QualityGate is not null ? new ImageFolder(Path.Combine(folder.Path, RejectedSamples.FolderName)) : null;
        var committer = new SampleCommitter(store, jsonl, new ImageFolder(folder.Path), rejected, emitter, plan, progress, Rows(options), index => tickets.Create(index).Id);
        var planner = new SlotPlanner(plan, options.Shard, tickets, store.LoadStatuses(), progress, time);
        Apply(committer.EmitReady(), emitter, planner);
        var (sessionSamples, writeSeconds) = await PumpAsync(options, planner, emitter, committer, progress, stop).ConfigureAwait(false);

        var cancelled = stop.IsCancellationRequested;
        // A shard is asked for its share of the plan: that is what "completed" and the shortfall compare against.
        var context = new RunStatsContext(targets.Sum(), options.Seed, synthesizer.Name, !cancelled, time.GetElapsedTime(started).TotalSeconds, sessionSamples, options.LlmUsage?.Report(),
            cancelled ? options.StopReason?.Invoke() ?? "stopped by Ctrl+C or SIGTERM; run the same command again to resume" : null, options.QualityGate is not null);
        var statsStarted = time.GetTimestamp();
        var stats = StatsBuilder.Build(plan, store, context, targets);
        StatsBuilder.Write(folder.Path, stats);
        var statsSeconds = time.GetElapsedTime(statsStarted).TotalSeconds;
        if (rejected is not null)
        {
            // Rewritten from the store each session, in plan order: the same bytes at any concurrency, and complete after a resume.
            RejectedSamples.Write(folder.Path, store.Stream());
        }

        return new RunResult(stats, cancelled, folder.Path) { Timings = new EngineTimings(planner.Seconds, writeSeconds, statsSeconds) };
    }

    private async Task<(int Samples, double WriteSeconds)> PumpAsync(RunOptions options, SlotPlanner planner, SampleEmitter emitter, SampleCommitter committer, RunProgress progress, CancellationToken stop)
    {
        var width = Math.Max(1, options.Concurrency);
        var stages = new SampleStages(synthesizer, renderers, options, time);
        List<Func<SampleDraft, CancellationToken, Task>> work = [stages.TopicAsync, stages.DataAsync, stages.CodeAndRenderAsync, stages.QaAsync];
        if (options.QualityGate is { } checker)
        {
            var repairer = synthesizer as ILayoutRepairer;
            work.Add(new QualityStage(checker, stages, Rows(options), repairer, Math.Max(0, options.RenderAttempts - 1)).CheckAsync);
        }

        var channels = Enumerable.Range(0, work.Count + 1).Select(_ => Channel.CreateBounded<SampleDraft>(new BoundedChannelOptions(width * 2) { SingleWriter = false })).ToArray();

        void Dropped(SampleDraft draft) => progress.Abandoned(draft.Ticket.Pipeline.Name);

        var planning = planner.RunAsync(channels[0].Writer, stop);
        var running = work.Select((w, i) => StageRunner.Run(channels[i].Reader, channels[i + 1].Writer, width, w, Dropped, stop)).ToList();

        var count = 0;
        var writeSeconds = 0.0;
        await foreach (var draft in channels[^1].Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            var started = time.GetTimestamp();
            var emission = committer.Commit(draft);
            writeSeconds += time.GetElapsedTime(started).TotalSeconds;
            var succeeded = draft.Failure is null;
            if (!succeeded)
            {
                planner.Retry(draft.Ticket.Index);
            }

            Apply(emission, emitter, planner);
            progress.Finished(draft.Ticket.Pipeline.Name, succeeded);
            count++;
        }

        await planning.ConfigureAwait(false);
        await Task.WhenAll(running).ConfigureAwait(false);
        return (count, writeSeconds);
    }

    private SampleRows Rows(RunOptions options) =>
        new(synthesizer.CanRepairCode, options.QualityGate is not null && synthesizer is ILayoutRepairer);

    /// <summary>A near-duplicate's slot tries its next attempt; once every slot is decided, planning ends.</summary>
    private static void Apply(Emission emission, SampleEmitter emitter, SlotPlanner planner)
    {
        foreach (var dropped in emission.Dropped)
        {
            planner.Retry(dropped.Index);
        }

        if (emitter.Finished)
        {
            planner.Finish();
        }
    }
}
