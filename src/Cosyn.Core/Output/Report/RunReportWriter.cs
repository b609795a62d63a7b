using System.Globalization;
using System.Text;
using Cosyn.Output.Export;
using Cosyn.Output.Runs;

namespace Cosyn.Output.Report;

/// <summary>
/// Writes a run's report: one offline HTML file with inline CSS, inline SVG charts and one hashed script. Images are
/// referenced relatively (the report sits beside <c>images/</c> by default): embedding them would make a large run's
/// report hundreds of MB and slow to open, while links cost nothing and show the full-resolution PNG.
/// </summary>
public static class RunReportWriter
{
    public const string DefaultFileName = "report.html";

    /// <summary>The report of one run, by default at <c>RUN/report.html</c>.</summary>
    public static ReportSummary Write(RunFolderReader run, ReportOptions options) => Write([run], options);

    /// <summary>
    /// One report over several runs (e.g. shards not merged), in the order given: the gallery's first samples of each
    /// pipeline come from the runs in that order, each image linked in its own folder, and each run's stats get their
    /// own sections. By default the report goes into the first run's folder.
    /// </summary>
    public static ReportSummary Write(IReadOnlyList<RunFolderReader> runs, ReportOptions options, IReadOnlyList<string>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(options);
        var file = Path.GetFullPath(options.Output ?? Path.Combine(runs[0].Path, DefaultFileName));
        var folder = Path.GetDirectoryName(file)!;
        var perPipeline = Math.Max(0, options.GalleryPerPipeline);
        var tally = new SampleTally();
        var tallies = runs.Select(_ => new SampleTally()).ToList();
        var cards = new StringBuilder();
        var shown = new Dictionary<string, int>(StringComparer.Ordinal);
        var unreadable = 0;
        for (var r = 0; r < runs.Count; r++)
        {
            foreach (var row in runs[r].Rows())
            {
                if (row.Sample is not { } sample)
                {
                    unreadable++;
                    continue;
                }

                tally.Add(sample, DatasetCategory.Of(sample.Metadata.Pipeline));
                tallies[r].Add(sample, DatasetCategory.Of(sample.Metadata.Pipeline));
                var pipeline = sample.Metadata.Pipeline;
                if (shown.GetValueOrDefault(pipeline) < perPipeline)
                {
                    shown[pipeline] = shown.GetValueOrDefault(pipeline) + 1;
                    GalleryCard.Passed(cards, sample, Html.RelativeUrl(folder, runs[r].ImagePath(sample)));
                }
            }
        }

        // The first failures of each pipeline over all runs, in run order.
        var failures = runs.SelectMany(r => r.Failures(perPipeline)).GroupBy(f => f.Pipeline, StringComparer.Ordinal).SelectMany(g => g.Take(perPipeline)).ToList();
        foreach (var failure in failures)
        {
            GalleryCard.Rejected(cards, failure);
        }

        var failed = runs.Sum(r => r.Stats?.Totals.Failed ?? r.Failures(perPipeline).Count);
        var summary = new ReportSummary(file, shown.Values.Sum(), tally.Samples, failures.Count, failed);
        var names = string.Join(", ", runs.Select(r => Path.GetFileName(r.Path)));
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.Append(CultureInfo.InvariantCulture, $"<meta http-equiv=\"Content-Security-Policy\" content=\"{ReportPage.ContentSecurityPolicy}\">");
        html.Append(CultureInfo.InvariantCulture, $"<title>cosyn report: {Html.Text(names)}</title><style>{ReportPage.Style}</style></head><body>\n");
        WriteHeader(html, runs, tallies, unreadable, notes ?? []);
        if (runs.Count == 1)
        {
            ReportStatsSections.Write(html, runs[0].Stats, tally);
        }
        else
        {
            for (var r = 0; r < runs.Count; r++)
            {
                html.Append(CultureInfo.InvariantCulture, $"<h2 class=\"run\">Run {r + 1} of {runs.Count}: {Html.Text(Path.GetFileName(runs[r].Path))}</h2>");
                ReportStatsSections.Write(html, runs[r].Stats, tallies[r]);
            }
        }

        WriteGallery(html, summary, perPipeline, tally, failures.Select(f => f.Pipeline), cards);
        html.Append("<script>").Append(ReportPage.Script).Append("</script>\n</body></html>\n");
        Directory.CreateDirectory(folder);
        File.WriteAllText(file + ".tmp", html.ToString());
        File.Move(file + ".tmp", file, overwrite: true);
        return summary;
    }

    private static void WriteHeader(StringBuilder html, IReadOnlyList<RunFolderReader> runs, List<SampleTally> tallies, int unreadable, IReadOnlyList<string> notes)
    {
        if (runs.Count == 1)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h1>cosyn run {Html.Text(Path.GetFileName(runs[0].Path))}</h1><p class=\"meta\">{Html.Text(runs[0].Path)}</p>");
        }
        else
        {
            html.Append(CultureInfo.InvariantCulture, $"<h1>cosyn runs {Html.Text(string.Join(", ", runs.Select(r => Path.GetFileName(r.Path))))}</h1>");
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">{runs.Count} run folders, read in this order: {Html.Text(string.Join(", ", runs.Select(r => r.Path)))}</p>");
        }

        string[] columns = ["synthesizer", "models", "seed", "samples written", "QA pairs", "state", "command (equivalent)"];
        var rows = runs.Select((run, r) => Provenance(run, tallies[r])).ToList();
        ReportTables.Write(html, runs.Count == 1 ? columns : ["run", .. columns], runs.Count == 1 ? rows : rows.Select((row, r) => (IReadOnlyList<object>)[Path.GetFileName(runs[r].Path), .. row]));
        foreach (var note in notes)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{Html.Text(note)}</p>");
        }

        if (unreadable > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{unreadable} line(s) of samples.jsonl could not be read and are left out.</p>");
        }
    }

    // One run's row of the header table.
    private static IReadOnlyList<object> Provenance(RunFolderReader run, SampleTally tally)
    {
        var provenance = RunProvenance.Of(run);
        var models = provenance.Provider is null ? "none (procedural)" : provenance.Provider + ": " + string.Join(", ", provenance.Models.Select(m => $"{m.Key} {m.Value}"));
        var state = run.InProgress ? "still being generated (partial)" : provenance.Completed switch { true => "finished", false => "stopped early", null => "unknown" };
        return [provenance.Synthesizer, models, provenance.Seed?.ToString(CultureInfo.InvariantCulture) ?? "?", tally.Samples, tally.QaPairs, state, provenance.EquivalentCommand()];
    }

    private static void WriteGallery(StringBuilder html, ReportSummary summary, int perPipeline, SampleTally tally, IEnumerable<string> failedPipelines, StringBuilder cards)
    {
        html.Append("<h2>Gallery</h2>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">Showing {summary.PassedShown} of {summary.Written} written samples and {summary.RejectedShown} of {summary.Failed} failed ones: the first {perPipeline} of each pipeline, in plan order. The rest are in samples.jsonl and run.db.</p>");
        html.Append("<div class=\"filters\">");
        Filter(html, "pipeline", "pipeline", tally.Pipelines.Keys.Union(failedPipelines).Order(StringComparer.Ordinal));
        Filter(html, "figure type", "figure", tally.FigureTypes.Keys.Append(GalleryCard.UnknownFigureType).Order(StringComparer.Ordinal));
        Filter(html, "status", "status", ["passed", "rejected"]);
        html.Append("<span><span id=\"shown\">0</span> cards shown</span></div>\n");
        html.Append("<div class=\"gallery\">\n").Append(cards).Append("</div>\n");
    }

    private static void Filter(StringBuilder html, string label, string attribute, IEnumerable<string> values)
    {
        html.Append(CultureInfo.InvariantCulture, $"<label>{label} <select data-filter=\"{attribute}\"><option value=\"\">all</option>");
        foreach (var value in values)
        {
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{Html.Text(value)}\">{Html.Text(value)}</option>");
        }

        html.Append("</select></label>");
    }
}
