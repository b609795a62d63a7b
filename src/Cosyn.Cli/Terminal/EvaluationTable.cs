using System.Globalization;
using Cosyn.Evaluation;
using Cosyn.Evaluation.Metrics;
using Spectre.Console;

namespace Cosyn.Cli.Terminal;

/// <summary>The terminal form of an evaluation report: one row for all questions, then one per breakdown group; each cell "mean [low, high]" in percent.</summary>
public static class EvaluationTable
{
    public static Table Build(EvaluationReport report, IReadOnlyList<IAnswerMetric> metrics)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(metrics);
        var table = new Table().Border(TableBorder.Simple).AddColumn("group").AddColumn(new TableColumn("n").RightAligned());
        foreach (var metric in metrics)
        {
            table.AddColumn(new TableColumn(metric.Key).RightAligned());
        }

        AddRow(table, "all", report.Overall, metrics);
        foreach (var (dimension, groups) in report.Breakdowns)
        {
            foreach (var group in groups)
            {
                AddRow(table, $"{dimension}: {group.Name}", group, metrics);
            }
        }

        return table;
    }

    private static void AddRow(Table table, string label, EvalGroup group, IReadOnlyList<IAnswerMetric> metrics)
    {
        var cells = new List<string> { Markup.Escape(label), group.Count.ToString(CultureInfo.InvariantCulture) };
        cells.AddRange(metrics.Select(m => group.Metrics[m.Key]).Select(s => Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{s.Mean:0.0} [{s.Low:0.0}, {s.High:0.0}]"))));
        table.AddRow([.. cells]);
    }
}
