using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Shared.Qa;
using Cosyn.Families.Tables.Qa.Makers;

namespace Cosyn.Families.Tables.Qa;

/// <summary>The two questions every table sample ends with, which always exist: a written summary and one the table cannot answer.</summary>
public static class TableClosingQuestions
{
    /// <summary>A short written summary: what the table lists, its extremes, groups and totals.</summary>
    public static ChartQuestion Summary(TableFacts facts, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(random);
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

    /// <summary>A question the table cannot answer: an unreported cell, a row or column it leaves out, or the data's provenance.</summary>
    public static ChartQuestion Unanswerable(TableFacts facts, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(random);
        var spec = facts.Spec;
        var gaps = (from r in Enumerable.Range(0, facts.RowCount) from c in Enumerable.Range(0, facts.ColumnCount) where facts.Value(r, c) is null select (r, c)).ToList();
        var roll = random.NextDouble();
        if (gaps.Count > 0 && roll < 0.5)
        {
            var (r, c) = random.Pick(gaps);
            var question = CellQuestion.Phrase(facts, random, spec.Rows[r].Name, spec.Columns[c].Name);
            return TableQuestions.Unanswerable("missing", question, $"The cell for {spec.Rows[r].Name} under {spec.Columns[c].Name} shows a dash: the value is not reported, so the table does not give it.");
        }

        if (spec.UnshownRows.Count > 0 && roll < 0.75)
        {
            var name = random.Pick(spec.UnshownRows);
            var question = CellQuestion.Phrase(facts, random, name, spec.Columns[random.Next(facts.ColumnCount)].Name);
            return TableQuestions.Unanswerable("unshown-row", question, $"The table lists only {ChartWords.List([.. spec.Rows.Select(x => x.Name)])}; {name} is not among them, so its value cannot be read from the table.");
        }

        if (spec.UnshownColumns.Count > 0 && roll < 0.9)
        {
            var name = random.Pick(spec.UnshownColumns);
            var question = CellQuestion.Phrase(facts, random, spec.Rows[random.Next(facts.RowCount)].Name, name);
            return TableQuestions.Unanswerable("unshown-column", question, $"The table's columns are {ChartWords.List([.. spec.Columns.Select(x => x.Name)])}; there is no {name} column, so that value cannot be read from the table.");
        }

        var q = facts.Bank.Phrase("unanswerable-method", random, facts.Slots());
        return TableQuestions.Unanswerable("provenance", q, "The table shows only its title, headers and values; it does not say who collected the figures, how, or from what source.");
    }
}
