using System.Globalization;
using Cosyn.Engine;
using Cosyn.Output;
using Spectre.Console;

namespace Cosyn.Cli.Terminal;

/// <summary>The end-of-run table (the same numbers as stats.json) and where to look.</summary>
public static class RunSummary
{
    public static void Write(TextWriter output, RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var console = ConsoleFactory.For(output);
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("pipeline").AddColumn(new TableColumn("requested").RightAligned()).AddColumn(new TableColumn("planned").RightAligned())
            .AddColumn(new TableColumn("written").RightAligned()).AddColumn(new TableColumn("failed").RightAligned())
            .AddColumn("failures (stage/reason)").AddColumn(new TableColumn("QA pairs").RightAligned());
        foreach (var (name, stats) in result.Stats.Pipelines)
        {
            AddRow(table, name, stats);
        }

        if (result.Stats.Pipelines.Count > 1)
        {
            AddRow(table, "total", result.Stats.Totals);
        }

        console.Write(table);
        var totals = result.Stats.Totals;
        if (totals.Render.AfterRepair > 0)
        {
            console.WriteLine(Repairs(totals.Render));
        }

        if (totals.Render.LayoutRepaired > 0)
        {
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Layout repairs: {totals.Render.LayoutRepaired} samples rewritten for overlapping, clipped, missing or tiny text ({totals.Render.LayoutRepairs} repairs)."));
        }

        var rate = result.Stats.SessionSeconds > 0 ? result.Stats.SessionSamples / result.Stats.SessionSeconds : 0;
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(result.Cancelled ? "Stopped" : "Done")}: {totals.Written} samples in {result.OutputFolder}/samples.jsonl, images in {result.OutputFolder}/images/, stats in {result.OutputFolder}/stats.json ({result.Stats.SessionSamples} processed this session in {result.Stats.SessionSeconds:0.0} s, {rate:0.00}/s)."));
        var diversity = totals.Diversity;
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Diversity: {diversity.DistinctTopicRatio:P0} distinct topics, {diversity.DistinctQuestionRatio:P0} distinct questions (distinct-2 {diversity.Distinct2:0.00}), {diversity.PersonaCoverage:P0} distinct personas, near-duplicate images {diversity.NearDuplicateRate:P1} written, {diversity.NearDuplicatesDropped} dropped and replaced."));
        if (totals.Quality is { } quality)
        {
            var rejections = quality.RejectedByCheck.Count == 0 ? "none" : string.Join(", ", quality.RejectedByCheck.Select(kv => $"{kv.Key} {kv.Value.Samples}"));
            var kept = Directory.Exists(Path.Combine(result.OutputFolder, RejectedSamples.FolderName)) ? $" (kept in {result.OutputFolder}/{RejectedSamples.FolderName}/)" : string.Empty;
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Quality gate: {quality.Passed} of {quality.Checked} checked samples passed ({quality.PassRate:P0}); rejected by check: {rejections}{kept}."));
        }

        if (result.Cancelled)
        {
            console.WriteLine("Rerun the same command to resume; finished samples are kept and not redone.");
        }
    }

    private static void AddRow(Table table, string name, PipelineStats stats)
    {
        var failures = string.Join(", ", stats.Failures.SelectMany(stage => stage.Value.Select(reason => $"{stage.Key}/{reason.Key}: {reason.Value}")));
        table.AddRow(
            Markup.Escape(name),
            Number(stats.Requested),
            Number(stats.Planned),
            Number(stats.Written),
            Number(stats.Failed),
            Markup.Escape(failures.Length == 0 ? "-" : failures),
            Number(stats.QaPairs));
    }

    /// <summary>One line on the repair loop: how many renders needed it and which failures it fixed.</summary>
    private static string Repairs(RenderStats render)
    {
        var kinds = string.Join(", ", render.RepairedKinds.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {kv.Value}")));
        return string.Create(CultureInfo.InvariantCulture, $"Renders: {render.FirstTry} of {render.Reached} on the first try ({render.FirstTryRate:P1}), {render.AfterRepair} more after repair ({render.SuccessRate:P1} in all); repaired failures: {kinds}.");
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
