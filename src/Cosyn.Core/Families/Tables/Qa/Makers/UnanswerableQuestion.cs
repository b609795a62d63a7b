using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Tables.Qa.Makers;

/// <summary>A question the table cannot answer: an unreported cell, a row or column it leaves out, or the data's provenance.</summary>
public sealed class UnanswerableQuestion : QuestionMaker<TableFacts>
{
    protected override ChartQuestion? Make(TableFacts facts, SeededRandom random)
    {
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
