using System.Text.Json;
using System.Text.Json.Nodes;
using Cosyn.Catalog;
using Cosyn.Engine;
using Cosyn.Model;
using Cosyn.Output.Runs;
using Cosyn.Store;

namespace Cosyn.Output.Merge;

/// <summary>
/// Joins the folders of <c>generate --shard i/N</c> into one run folder: every row of their run stores, the written
/// samples in plan (slot) order, their images, and stats.json recomputed from the rows. The result is the folder
/// the single run writes: same configuration, same <c>samples.jsonl</c> bytes, same images.
/// </summary>
public static class ShardMerger
{
    /// <summary>Merges <paramref name="shardFolders"/> into <paramref name="outputFolder"/>; throws <see cref="RunFolderException"/> with a one-line reason when the shards do not make one whole run.</summary>
    public static MergeResult Merge(IReadOnlyList<string> shardFolders, string outputFolder)
    {
        ArgumentNullException.ThrowIfNull(shardFolders);
        if (shardFolders.Count == 0)
        {
            throw new RunFolderException("no shard folders given");
        }

        var shards = shardFolders.Select(ShardFolder.Open).ToList();
        var plan = CheckWhole(shards);
        var rows = shards.SelectMany(s => s.Rows).OrderBy(r => r.Index).ToList();

        using var folder = RunFolder.Claim(outputFolder);
        if (File.Exists(Path.Combine(folder.Path, RunStore.FileName)) || File.Exists(Path.Combine(folder.Path, JsonlAppender.FileName)))
        {
            throw new RunFolderException($"{outputFolder} already holds a run; merge into a new folder");
        }

        using var store = RunStore.Open(folder.Path);
        store.BindConfiguration(shards[0].WholeRunConfiguration, RunConfiguration.DescribeDifference);
        using var jsonl = JsonlAppender.Open(folder.Path, 0);
        store.RecordAll(rows);

        var written = rows.Where(r => r.Emitted).OrderBy(r => RunPlan.SlotOf(r.Index)).ToList();
        Directory.CreateDirectory(Path.Combine(folder.Path, ImageFolder.FolderName));
        var sources = shards.SelectMany(s => s.Rows.Where(r => r.Emitted).Select(r => (r.Index, s.Path))).ToDictionary(x => x.Index, x => x.Path);
        foreach (var row in written)
        {
            var image = JsonNode.Parse(row.Line!)!["image"]!.GetValue<string>();
            File.Copy(Path.Combine(sources[row.Index], image), Path.Combine(folder.Path, image), overwrite: true);
        }

        jsonl.Append(written.Select(r => r.Line!));
        store.MarkEmitted(written.Select(r => r.Index).ToList(), jsonl.Length);
        var rejected = JoinRejected(shards, folder.Path, rows);

        var configuration = JsonNode.Parse(shards[0].WholeRunConfiguration)!;
        var context = new RunStatsContext(
            plan.Quotas.Sum(),
            configuration["seed"]!.GetValue<long>(),
            configuration["synthesizer"]!.GetValue<string>(),
            shards.All(s => s.Stats.Completed),
            shards.Sum(s => s.Stats.SessionSeconds),
            shards.Sum(s => s.Stats.SessionSamples),
            QualityGate: configuration["quality_gate"] is not null);
        // The same fast path as the end of a session: read back row by row, topic vectors kept in the merged run.db.
        var stats = StatsBuilder.Build(plan, store, context);
        StatsBuilder.Write(folder.Path, stats);
        return new MergeResult(folder.Path, shards.Count, written.Count, stats, rejected);
    }

    /// <summary>
    /// Joins the shards' <c>rejected/</c> folders (<c>generate --keep-rejected</c>): their images, and one
    /// <c>rejected.jsonl</c> in plan order as the single run writes it. Null when no shard kept its rejections.
    /// </summary>
    private static int? JoinRejected(List<ShardFolder> shards, string outputFolder, IReadOnlyList<StoredSample> rows)
    {
        var kept = shards.Select(s => Path.Combine(s.Path, RejectedSamples.FolderName, ImageFolder.FolderName)).Where(Directory.Exists).ToList();
        if (kept.Count == 0)
        {
            return null;
        }

        var images = Path.Combine(outputFolder, RejectedSamples.FolderName, ImageFolder.FolderName);
        Directory.CreateDirectory(images);
        foreach (var file in kept.SelectMany(Directory.EnumerateFiles))
        {
            File.Copy(file, Path.Combine(images, Path.GetFileName(file)), overwrite: true);
        }

        return RejectedSamples.Write(outputFolder, rows);
    }

    /// <summary>The shards' common plan, once they are checked to be all N shards of one configuration, each once.</summary>
    private static RunPlan CheckWhole(List<ShardFolder> shards)
    {
        var first = shards[0];
        foreach (var other in shards.Skip(1))
        {
            if (other.WholeRunConfiguration != first.WholeRunConfiguration)
            {
                throw new RunFolderException($"{other.Name} is a shard of a different run than {first.Name} ({RunConfiguration.DescribeDifference(first.WholeRunConfiguration, other.WholeRunConfiguration)})");
            }

            if (!other.Quotas.SequenceEqual(first.Quotas))
            {
                throw new RunFolderException($"{other.Name} is a shard of a different count than {first.Name} (samples per pipeline [{string.Join(", ", other.Quotas)}] vs [{string.Join(", ", first.Quotas)}])");
            }

            if (other.Spec.Count != first.Spec.Count)
            {
                throw new RunFolderException($"{other.Name} is shard {other.Spec} but {first.Name} is shard {first.Spec}: the shard counts differ");
            }
        }

        if (shards.GroupBy(s => s.Spec.Index).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new RunFolderException($"shard {twice.First().Spec} is given twice: {string.Join(", ", twice.Select(s => s.Name))}");
        }

        var missing = Enumerable.Range(0, first.Spec.Count).Except(shards.Select(s => s.Spec.Index)).ToList();
        if (missing.Count > 0)
        {
            throw new RunFolderException($"missing shard{(missing.Count == 1 ? string.Empty : "s")} {string.Join(", ", missing.Select(i => new ShardSpec(i, first.Spec.Count)))} of {first.Spec.Count}");
        }

        var plan = first.Plan();
        foreach (var shard in shards)
        {
            // A shard short of its share because samples kept failing went to its end; one stopped early did not.
            if (!shard.Stats.Completed && shard.Stats.StopKind != RunStopKind.BudgetSpent)
            {
                throw new RunFolderException($"{shard.Name} (shard {shard.Spec}) did not finish; rerun its generate command to resume it, then merge");
            }

            if (shard.Rows.FirstOrDefault(r => !shard.Spec.Owns(plan, RunPlan.SlotOf(r.Index))) is { } stray)
            {
                throw new RunFolderException($"{shard.Name} holds plan index {stray.Index}, which shard {shard.Spec} does not own");
            }
        }

        return plan;
    }

    /// <summary>One shard folder as read for merging.</summary>
    private sealed record ShardFolder(string Name, string Path, ShardSpec Spec, string WholeRunConfiguration, IReadOnlyList<int> Quotas, RunStats Stats, IReadOnlyList<StoredSample> Rows)
    {
        public static ShardFolder Open(string folder)
        {
            var run = RunFolderReader.Open(folder, allowPartial: false);
            var configuration = JsonNode.Parse(run.ConfigurationJson ?? "{}") as JsonObject ?? [];
            if (configuration["shard"]?.GetValue<string>() is not { } text || ShardSpec.TryParse(text, out _) is not { } spec)
            {
                throw new RunFolderException($"{folder} is not a shard (make shards with 'cosyn generate --shard i/N')");
            }

            var quotas = configuration["shard_quotas"]!.Deserialize<List<int>>(CosynJson.Compact)!;
            configuration.Remove("shard");
            configuration.Remove("shard_quotas");
            var stats = run.Stats ?? throw new RunFolderException($"{folder} has no readable stats.json; rerun its generate command to finish it");
            using var store = RunStore.Open(run.Path);
            return new ShardFolder(folder, run.Path, spec, configuration.ToJsonString(CosynJson.Compact), quotas, stats, store.LoadAll());
        }

        /// <summary>The whole run's plan: its pipelines, and the quotas the shards were cut from.</summary>
        public RunPlan Plan()
        {
            var configuration = JsonNode.Parse(WholeRunConfiguration)!;
            var pipelines = configuration["pipelines"]!.Deserialize<List<string>>(CosynJson.Compact)!
                .Select(name => PipelineCatalog.Find(name) ?? throw new RunFolderException($"{Name} names pipeline {name}, which this cosyn does not have"))
                .Select(PlanEntry.Even)
                .ToList();
            return new RunPlan(pipelines, Quotas, configuration["attempts_per_sample"]!.GetValue<int>());
        }
    }
}
