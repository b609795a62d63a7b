using System.Text;
using Cosyn.Output.Runs;

namespace Cosyn.Output.Report;

/// <summary>The report's numbers: per pipeline, figure and question types, failures, renders, tokens and cost, diversity.</summary>
public static class ReportStatsSections
{
    /// <summary>Bars in one chart at most; the table beside it lists everything.</summary>
    private const int MaxBars = 40;

    public static void Write(StringBuilder html, RunStats? stats, SampleTally tally)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(tally);
        html.Append("<h2>Samples</h2><div class=\"charts\">");
        if (stats is not null)
        {
            html.Append(SvgBarChart.Render("written (+ failed) per pipeline", [.. stats.Pipelines.Select(p => (p.Key, (double)p.Value.Written, (double)p.Value.Failed))], "failed"));
        }

        html.Append(SvgBarChart.Render("written samples per figure type", Top(tally.FigureTypes), ""));
        html.Append(SvgBarChart.Render("questions per type", Top(tally.QaTypes), ""));
        html.Append("</div>");
        if (stats is null)
        {
            html.Append("<p class=\"note\">This run has no stats.json (no session finished yet), so rates, failures and costs are not shown.</p>");
            return;
        }

        ReportTables.Write(html, ["pipeline", "requested", "planned", "written", "failed", "QA pairs", "rendered first try", "after repair", "render success", "near-duplicates dropped"],
            stats.Pipelines.Select(p => (IReadOnlyList<object>)[p.Key, p.Value.Requested, p.Value.Planned, p.Value.Written, p.Value.Failed, p.Value.QaPairs,
                p.Value.RenderedFirstTry, p.Value.RenderedAfterRepair, ReportTables.Percent(p.Value.Render.SuccessRate), p.Value.Diversity.NearDuplicatesDropped]));

        html.Append("<h2>Failures and quality rejections</h2>");
        var failures = stats.Totals.Failures.SelectMany(s => s.Value.Select(r => (Label: $"{s.Key}/{r.Key}", Count: r.Value))).OrderByDescending(f => f.Count).ToList();
        if (failures.Count == 0)
        {
            html.Append("<p class=\"note\">No sample failed.</p>");
        }
        else
        {
            html.Append("<div class=\"charts\">").Append(SvgBarChart.Render("failures by stage / reason", [.. failures.Take(MaxBars).Select(f => (f.Label, (double)f.Count, 0d))])).Append("</div>");
        }

        var render = stats.Totals.Render;
        html.Append("<h2>Renders</h2>");
        ReportTables.Write(html, ["reached render", "first try", "after repair", "first-try rate", "success rate", "repaired kinds", "still failing kinds"],
            [[render.Reached, render.FirstTry, render.AfterRepair, ReportTables.Percent(render.FirstTryRate), ReportTables.Percent(render.SuccessRate), Kinds(render.RepairedKinds), Kinds(render.FailedKinds)]]);

        html.Append("<h2>Tokens and cost</h2>");
        if (stats.Llm is { } llm)
        {
            ReportTables.Write(html, ["stage", "calls", "cache hits", "failed calls", "input tokens", "output tokens", "cost (USD)"],
                llm.Stages.Select(s => (IReadOnlyList<object>)[s.Key, s.Value.Totals.Calls, s.Value.Totals.CacheHits, s.Value.Totals.FailedCalls, s.Value.Totals.InputTokens, s.Value.Totals.OutputTokens, s.Value.Totals.CostUsd])
                    .Append(["total", llm.Totals.Calls, llm.Totals.CacheHits, llm.Totals.FailedCalls, llm.Totals.InputTokens, llm.Totals.OutputTokens, llm.Totals.CostUsd]));
        }
        else
        {
            html.Append("<p class=\"note\">No LLM was used (procedural synthesizer): no tokens, no cost.</p>");
        }

        html.Append("<h2>Diversity</h2>");
        ReportTables.Write(html, ["pipeline", "samples", "distinct topics", "distinct questions", "distinct-1", "distinct-2", "persona coverage", "near-duplicate rate"],
            stats.Pipelines.Append(new("all", stats.Totals)).Select(p => (IReadOnlyList<object>)[p.Key, p.Value.Diversity.Samples, ReportTables.Percent(p.Value.Diversity.DistinctTopicRatio),
                ReportTables.Percent(p.Value.Diversity.DistinctQuestionRatio), p.Value.Diversity.Distinct1, p.Value.Diversity.Distinct2,
                ReportTables.Percent(p.Value.Diversity.PersonaCoverage), ReportTables.Percent(p.Value.Diversity.NearDuplicateRate)]));
    }

    private static List<(string, double, double)> Top(IReadOnlyDictionary<string, int> counts) =>
        [.. counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(MaxBars).Select(c => (c.Key, (double)c.Value, 0d))];

    private static string Kinds(IReadOnlyDictionary<string, int> kinds) => kinds.Count == 0 ? "-" : string.Join(", ", kinds.Select(k => $"{k.Key} {k.Value}"));
}
