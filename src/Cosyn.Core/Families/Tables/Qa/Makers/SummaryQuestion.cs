using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Tables.Qa.Makers;

/// <summary>A short written summary: what the table lists, its extremes, groups and totals.</summary>
public sealed class SummaryQuestion : QuestionMaker<TableFacts>
{
    protected override ChartQuestion? Make(TableFacts facts, SeededRandom random)
    {
        var spec = facts.Spec;
        var groups = spec.HasRowGroups ? $", grouped by {facts.Slots()["{gl}"]} ({ChartWords.List([.. spec.RowGroups.Select(g => g.Name)])})" : string.Empty;
        var columns = ChartWords.List([.. spec.Columns.Select(c => c.Name)]);
        var what = spec.IsCross ? $"the {facts.Slots()["{m}"]} of {facts.RowCount} {facts.RowNouns}{groups} across {columns}" : $"{columns} for {facts.RowCount} {facts.RowNouns}{groups}";
        var sentences = new List<string> { $"This table, titled \"{spec.Title}\", lists {what}." };
        if (spec.IsCross)
        {
            var cells = (from r in Enumerable.Range(0, facts.RowCount) from c in Enumerable.Range(0, facts.ColumnCount) where facts.Value(r, c) is not null select (r, c, v: facts.Value(r, c)!.Value)).ToList();
            var max = cells.MaxBy(x => x.v);
            var min = cells.MinBy(x => x.v);
            sentences.Add($"The highest value is {QaNumber.Value(max.v)}{facts.Unit(0)} ({spec.Rows[max.r].Name}, {spec.Columns[max.c].Name}) and the lowest is {QaNumber.Value(min.v)}{facts.Unit(0)} ({spec.Rows[min.r].Name}, {spec.Columns[min.c].Name}).");
        }
        else
        {
            var first = facts.Present(0);
            var top = first.MaxBy(p => p.Value);
            var bottom = first.MinBy(p => p.Value);
            sentences.Add($"{spec.Rows[top.Row].Name} has the highest {spec.Columns[0].Name} ({QaNumber.Value(top.Value)}{facts.Unit(0)}) and {spec.Rows[bottom.Row].Name} the lowest ({QaNumber.Value(bottom.Value)}{facts.Unit(0)}).");
        }

        if (spec.Totals is { } totals && facts.AdditiveColumns.Count > 0)
        {
            var c = facts.AdditiveColumns[0];
            sentences.Add($"The {spec.TotalsLabel} row gives {QaNumber.Value(totals[c]!.Value)} for {spec.Columns[c].Name}.");
        }

        if (spec.Highlight is { } highlight)
        {
            sentences.Add($"Highlighted cells mark the {highlight.Rule}.");
        }

        var question = facts.Bank.Phrase("summary", random, facts.Slots());
        const string explanation = "Read the title and headers to see what the table covers, scan the values for the largest and smallest, and note any groups, totals and highlighted cells.";
        return new ChartQuestion(QaFamily.Summary, "summary", new QaPair(question, explanation, string.Join(" ", sentences)), []);
    }
}
