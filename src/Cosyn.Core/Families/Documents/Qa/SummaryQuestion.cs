using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Documents.Qa;

/// <summary>The summary question ("This {noun} ...") and the unanswerable one about something such a document could carry but this one does not show.</summary>
internal static class SummaryQuestion
{
    public static ChartQuestion Summary(DocumentSpec spec)
    {
        var noun = DocumentNouns.Noun(spec.Kind);
        var parts = new List<string> { $"This {noun} from {spec.Issuer} is titled \"{spec.Title}\"" };
        parts.Add("it shows " + string.Join(", ", spec.Fields.Take(4).Select(f => $"{FieldQuestions.Lower(f.Label)} {f.Value}")));
        foreach (var table in spec.Tables)
        {
            parts.Add($"its {table.Heading} table lists {DocumentFormat.Whole(table.Rows.Count)} {table.RowNoun} ({string.Join(", ", Enumerable.Range(0, Math.Min(4, table.Rows.Count)).Select(table.RowName))}{(table.Rows.Count > 4 ? ", ..." : string.Empty)})");
        }

        if (spec.Total(DocumentTotalRoles.Total) is { } total)
        {
            parts.Add($"the {FieldQuestions.Lower(total.Label)} comes to {DocumentFormat.Money(total.Amount, spec.Currency)}");
        }

        var answer = string.Join("; ", parts) + ".";
        return new ChartQuestion(QaFamily.Summary, "summary", new QaPair($"Write a short summary of this {noun}.",
            "A summary names the issuer and title, the key fields, what the tables list and the bottom line.", answer), []);
    }

    public static ChartQuestion Unanswerable(DocumentSpec spec, SeededRandom random)
    {
        var noun = DocumentNouns.Noun(spec.Kind);
        var absent = random.Pick(DocumentNouns.Absent(spec.Kind));
        var shown = string.Join(", ", spec.Fields.Select(f => FieldQuestions.Lower(f.Label)));
        return new ChartQuestion(QaFamily.Unanswerable, "unanswerable", new QaPair($"What is {absent} shown on this {noun}?",
            $"The {noun} shows {shown}{(spec.Tables.Count > 0 ? " and its tables" : string.Empty)}, but nothing about {absent}.", DocumentQuestion.NotAnswerable), []);
    }
}
