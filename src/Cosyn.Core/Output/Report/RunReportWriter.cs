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

    public static ReportSummary Write(RunFolderReader run, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(options);
        var file = Path.GetFullPath(options.Output ?? Path.Combine(run.Path, DefaultFileName));
        var folder = Path.GetDirectoryName(file)!;
        var perPipeline = Math.Max(0, options.GalleryPerPipeline);
        var tally = new SampleTally();
        var cards = new StringBuilder();
        var shown = new Dictionary<string, int>(StringComparer.Ordinal);
        var unreadable = 0;
        foreach (var row in run.Rows())
        {
            if (row.Sample is not { } sample)
            {
                unreadable++;
                continue;
            }

            tally.Add(sample, DatasetCategory.Of(sample.Metadata.Pipeline));
            var pipeline = sample.Metadata.Pipeline;
            if (shown.GetValueOrDefault(pipeline) < perPipeline)
            {
                shown[pipeline] = shown.GetValueOrDefault(pipeline) + 1;
                GalleryCard.Passed(cards, sample, Html.RelativeUrl(folder, run.ImagePath(sample)));
            }
        }

        var failures = run.Failures(perPipeline);
        foreach (var failure in failures)
        {
            GalleryCard.Rejected(cards, failure);
        }

        var summary = new ReportSummary(file, shown.Values.Sum(), tally.Samples, failures.Count, run.Stats?.Totals.Failed ?? failures.Count);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.Append(CultureInfo.InvariantCulture, $"<meta http-equiv=\"Content-Security-Policy\" content=\"{ReportPage.ContentSecurityPolicy}\">");
        html.Append(CultureInfo.InvariantCulture, $"<title>cosyn report: {Html.Text(Path.GetFileName(run.Path))}</title><style>{ReportPage.Style}</style></head><body>\n");
        WriteHeader(html, run, tally, unreadable);
        ReportStatsSections.Write(html, run.Stats, tally);
        WriteGallery(html, summary, perPipeline, tally, failures.Select(f => f.Pipeline), cards);
        html.Append("<script>").Append(ReportPage.Script).Append("</script>\n</body></html>\n");
        Directory.CreateDirectory(folder);
        File.WriteAllText(file + ".tmp", html.ToString());
        File.Move(file + ".tmp", file, overwrite: true);
        return summary;
    }

    private static void WriteHeader(StringBuilder html, RunFolderReader run, SampleTally tally, int unreadable)
    {
        var provenance = RunProvenance.Of(run);
        html.Append(CultureInfo.InvariantCulture, $"<h1>cosyn run {Html.Text(provenance.Folder)}</h1><p class=\"meta\">{Html.Text(run.Path)}</p>");
        var models = provenance.Provider is null ? "none (procedural)" : provenance.Provider + ": " + string.Join(", ", provenance.Models.Select(m => $"{m.Key} {m.Value}"));
        var state = run.InProgress ? "still being generated (partial)" : provenance.Completed switch { true => "finished", false => "stopped early", null => "unknown" };
        ReportTables.Write(html, ["synthesizer", "models", "seed", "samples written", "QA pairs", "state", "command (equivalent)"],
            [[provenance.Synthesizer, models, provenance.Seed?.ToString(CultureInfo.InvariantCulture) ?? "?", tally.Samples, tally.QaPairs, state, provenance.EquivalentCommand()]]);
        if (unreadable > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{unreadable} line(s) of samples.jsonl could not be read and are left out.</p>");
        }
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
