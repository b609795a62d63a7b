using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Shared.Qa;

using static Cosyn.Families.Documents.Qa.DocumentQuestion;

namespace Cosyn.Families.Documents.Qa;

/// <summary>Questions over a document's tables: read a cell, count rows, highest/lowest, column sums, differences, durations and what comes next.</summary>
internal static class TableQuestions
{
    public static IEnumerable<ChartQuestion> Make(DocumentSpec spec, SeededRandom random)
    {
        foreach (var table in spec.Tables)
        {
            var names = Enumerable.Range(0, table.Rows.Count).Select(table.RowName).ToList();
            var unique = Enumerable.Range(0, table.Rows.Count).Where(r => names.Count(n => n == names[r]) == 1).ToList();
            var heading = table.Heading;
            yield return Number("count", $"How many {table.RowNoun} are listed in the {heading} table?",
                $"The {heading} table lists {string.Join(", ", names)}: {DocumentFormat.Whole(names.Count)} {table.RowNoun}.", names.Count, 0);
            foreach (var r in unique)
            {
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    var column = table.Columns[c];
                    var cell = table.Rows[r][c];
                    if (c == table.NameColumn || cell.IsEmpty || column.Name == table.GroupColumn)
                    {
                        continue;
                    }

                    var shown = DocumentFormat.Cell(cell, column, spec.Currency);
                    var question = $"In the {heading} table, what is the {column.Name} of {names[r]}?";
                    var explanation = $"The {names[r]} row of the {heading} table shows {column.Name} {shown}.";
                    var others = table.Rows.Where(row => !row[c].IsEmpty).Select(row => Answer(row[c], column)).ToList();
                    yield return Short("cell", question, explanation, Answer(cell, column), others);
                }
            }

            foreach (var c in Enumerable.Range(0, table.Columns.Count).Where(c => table.Columns[c].Comparable))
            {
                foreach (var q in Ranked(spec, table, c, unique, random))
                {
                    yield return q;
                }
            }

            foreach (var c in Enumerable.Range(0, table.Columns.Count).Where(c => table.Columns[c].Additive))
            {
                var column = table.Columns[c];
                var values = table.Rows.Where(row => row[c].Number is not null).Select(row => row[c].Number!.Value).ToList();
                if (values.Count >= 2)
                {
                    var sum = values.Sum();
                    yield return Number("sum", $"What is the total of the {column.Name} column in the {heading} table?",
                        $"Adding the {column.Name} values: {string.Join(" + ", values.Select(N))} = {N(sum)}.", sum);
                }
            }

            foreach (var q in Durations(table, unique))
            {
                yield return q;
            }

            var periods = Enumerable.Range(0, table.Columns.Count).Where(c => table.Columns[c].Comparable && table.Columns[c].Kind == DocumentValueKind.Number).ToList();
            if (periods.Count == 2 && unique.Count > 0)
            {
                var (a, b) = (table.Columns[periods[0]], table.Columns[periods[1]]);
                var r = random.Pick(unique.Where(r => table.Rows[r][periods[0]].Number != 0).ToList());
                var (before, after) = (table.Rows[r][periods[0]].Number!.Value, table.Rows[r][periods[1]].Number!.Value);
                var change = (after - before) / before * 100;
                yield return Number("calc-percent-change", $"In the {heading} table, by what percentage did the value for {names[r]} change from {a.Name} to {b.Name}?",
                    $"({N(after)} - {N(before)}) / {N(before)} × 100 = {QaNumber.Rounded(change, 1)}%.", change, 1);
            }
        }
    }

    /// <summary>A cell as an answer: numbers in the QA format, times and text as drawn.</summary>
    public static string Answer(DocumentCell cell, DocumentColumn column) =>
        cell.Number is { } n ? column.Kind == DocumentValueKind.Time ? DocumentFormat.Time((int)n) : QaNumber.Value(n) : cell.Text ?? string.Empty;

    private static IEnumerable<ChartQuestion> Ranked(DocumentSpec spec, DocumentTable table, int c, List<int> unique, SeededRandom random)
    {
        var column = table.Columns[c];
        var rows = unique.Where(r => table.Rows[r][c].Number is not null).ToList();
        if (rows.Count < 3)
        {
            yield break;
        }

        decimal V(int r) => table.Rows[r][c].Number!.Value;
        string S(int r) => DocumentFormat.Cell(table.Rows[r][c], column, spec.Currency);
        var listing = string.Join(", ", rows.Select(r => $"{table.RowName(r)} {S(r)}"));
        var names = rows.Select(table.RowName).ToList();
        foreach (var (word, pick) in new[] { ("highest", rows.Max(V)), ("lowest", rows.Min(V)) })
        {
            var hits = rows.Where(r => V(r) == pick).ToList();
            if (hits.Count == 1)
            {
                yield return Short("extremum", $"In the {table.Heading} table, which of the {table.RowNoun} has the {word} {column.Name}?",
                    $"Comparing {column.Name}: {listing}. The {word} is {table.RowName(hits[0])} ({S(hits[0])}).", table.RowName(hits[0]), names);
            }
        }

        var pair = random.Sample(rows, 2);
        var (a, b) = V(pair[0]) >= V(pair[1]) ? (pair[0], pair[1]) : (pair[1], pair[0]);
        if (V(a) != V(b))
        {
            yield return Number("diff", $"In the {table.Heading} table, how much greater is the {column.Name} of {table.RowName(a)} than that of {table.RowName(b)}?",
                $"{S(a)} - {S(b)} = {N(V(a) - V(b))}.", V(a) - V(b));
            var (x, y) = random.Chance(0.5) ? (a, b) : (b, a);
            yield return YesNo("yn-compare", $"In the {table.Heading} table, is the {column.Name} of {table.RowName(x)} greater than that of {table.RowName(y)}?",
                $"{table.RowName(x)} has {S(x)} and {table.RowName(y)} has {S(y)}.", V(x) > V(y));
        }
    }

    private static IEnumerable<ChartQuestion> Durations(DocumentTable table, List<int> unique)
    {
        var start = table.Columns.ToList().FindIndex(c => c.Name == "Start");
        var end = table.Columns.ToList().FindIndex(c => c.Name == "End");
        if (start < 0 || end < 0)
        {
            yield break;
        }

        var minutes = table.Columns[start].Kind == DocumentValueKind.Time;
        foreach (var r in unique)
        {
            var (s, e) = (table.Rows[r][start].Number!.Value, table.Rows[r][end].Number!.Value);
            var (ss, es) = minutes ? (DocumentFormat.Time((int)s), DocumentFormat.Time((int)e)) : (N(s), N(e));
            yield return Number(minutes ? "calc-session-minutes" : "calc-span-years",
                minutes ? $"In the {table.Heading} table, how many minutes does {table.RowName(r)} last?" : $"In the {table.Heading} table, how many years does the {table.RowName(r)} entry span?",
                $"It runs from {ss} to {es}: {N(e - s)} {(minutes ? "minutes" : "years")}.", e - s, 0);
            var threshold = e - s + (r % 2 == 0 ? -1 : 1);
            var unit = minutes ? "minutes" : "years";
            yield return YesNo(minutes ? "yn-session" : "yn-span",
                $"In the {table.Heading} table, does {table.RowName(r)} last more than {N(threshold)} {unit}?",
                $"It runs from {ss} to {es}, which is {N(e - s)} {unit}: {(e - s > threshold ? "more" : "not more")} than {N(threshold)}.", e - s > threshold);
            if (minutes && r + 1 < table.Rows.Count)
            {
                var names = Enumerable.Range(0, table.Rows.Count).Select(table.RowName).ToList();
                yield return Short("next", $"In the {table.Heading} table, which entry comes right after {table.RowName(r)}?",
                    $"{table.RowName(r)} ends at {es}; the next row is {names[r + 1]}, starting at {DocumentFormat.Time((int)table.Rows[r + 1][start].Number!.Value)}.", names[r + 1], names);
            }
        }
    }
}
