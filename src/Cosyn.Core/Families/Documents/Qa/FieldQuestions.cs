using Cosyn.Families.Charts.Qa;

using static Cosyn.Families.Documents.Qa.DocumentQuestion;

namespace Cosyn.Families.Documents.Qa;

/// <summary>Questions over labelled fields: read a field, days between two dates, minutes between two times, an age, years of validity.</summary>
internal static class FieldQuestions
{
    public static IEnumerable<ChartQuestion> Make(DocumentSpec spec, SeededRandom random)
    {
        var noun = DocumentNouns.Noun(spec.Kind);
        foreach (var field in spec.Fields)
        {
            var question = $"What is the {Lower(field.Label)} on this {noun}?";
            var explanation = $"The {noun} lists the {Lower(field.Label)} as {field.Value}.";
            if (field.Number is { } n && field.Kind is DocumentValueKind.Number or DocumentValueKind.Money)
            {
                yield return Number("field", question, explanation, n, field.Kind == DocumentValueKind.Money ? 2 : 3);
            }
            else
            {
                yield return Short("field", question, explanation, field.Value, Nearby(field));
            }
        }

        var dates = spec.Fields.Where(f => f.Kind == DocumentValueKind.Date && f.Label != "Date of birth").ToList();
        foreach (var (a, b) in Pairs(dates))
        {
            var days = Date(b.Value).DayNumber - Date(a.Value).DayNumber;
            if (days > 0)
            {
                var explanation = $"From {a.Value} to {b.Value} is {DocumentFormat.Whole(days)} days.";
                yield return Number("calc-days", $"How many days are there from the {Lower(a.Label)} to the {Lower(b.Label)}?", explanation, days, 0);
                var threshold = Math.Max(0, days + (random.Chance(0.5) ? -random.Next(1, 6) : random.Next(1, 6)));
                yield return YesNo("yn-days", $"Are there more than {DocumentFormat.Whole(threshold)} days from the {Lower(a.Label)} to the {Lower(b.Label)}?", $"{explanation} {Verdict(days, threshold, "days")}", days > threshold);
            }
        }

        var times = spec.Fields.Where(f => f.Kind == DocumentValueKind.Time).ToList();
        foreach (var (a, b) in Pairs(times))
        {
            var minutes = (int)(b.Number!.Value - a.Number!.Value);
            if (minutes > 0)
            {
                var explanation = $"{b.Value} minus {a.Value} is {DocumentFormat.Whole(minutes)} minutes.";
                yield return Number("calc-minutes", $"How many minutes are there from the {Lower(a.Label)} to the {Lower(b.Label)}?", explanation, minutes, 0);
                var threshold = Math.Max(0, minutes + (random.Chance(0.5) ? -5 : 5));
                yield return YesNo("yn-minutes", $"Are there more than {DocumentFormat.Whole(threshold)} minutes from the {Lower(a.Label)} to the {Lower(b.Label)}?", $"{explanation} {Verdict(minutes, threshold, "minutes")}", minutes > threshold);
            }
        }

        if (spec.Field("Date of birth") is { } born && spec.Field("Date signed") is { } signed)
        {
            var (b, s) = (Date(born.Value), Date(signed.Value));
            var age = s.Year - b.Year - (s < b.AddYears(s.Year - b.Year) ? 1 : 0);
            yield return Number("calc-age", "How old was the applicant, in full years, on the date the form was signed?",
                $"Born {born.Value} and signed {signed.Value}: {DocumentFormat.Whole(s.Year)} - {DocumentFormat.Whole(b.Year)} = {DocumentFormat.Whole(s.Year - b.Year)}{(age < s.Year - b.Year ? ", minus 1 because the birthday had not yet come that year" : string.Empty)}, so {DocumentFormat.Whole(age)} years.", age, 0);
        }

        if (spec.Field("Prep time (min)") is { Number: { } prep } && spec.Field("Cook time (min)") is { Number: { } cook })
        {
            yield return Number("calc-total-time", "How many minutes does the recipe take in total, prep time plus cook time?",
                $"Prep {N(prep)} min + cook {N(cook)} min = {N(prep + cook)} minutes.", prep + cook, 0);
            var threshold = ((int)(prep + cook) / 10 * 10) + (random.Chance(0.5) ? 0 : 10);
            yield return YesNo("yn-total-time", $"Does the recipe take more than {DocumentFormat.Whole(threshold)} minutes in total, prep plus cook time?",
                $"Prep {N(prep)} + cook {N(cook)} = {N(prep + cook)} minutes, which is {(prep + cook > threshold ? "more" : "not more")} than {DocumentFormat.Whole(threshold)}.", prep + cook > threshold);
        }
    }

    // Wrong dates and times a careless reader might give: a few days or minutes off, in the document's own format.
    private static IEnumerable<string> Nearby(DocumentField field)
    {
        if (field.Kind == DocumentValueKind.Time)
        {
            return new[] { -10, 5, 15 }.Select(d => DocumentFormat.Time((int)field.Number!.Value + d));
        }

        if (field.Kind == DocumentValueKind.Date)
        {
            var pattern = DocumentFormat.DatePatterns.First(p => DateOnly.TryParseExact(field.Value, p, CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
            return new[] { -7, 1, 30 }.Select(d => DocumentFormat.Date(Date(field.Value).AddDays(d), pattern));
        }

        return [];
    }

    public static DateOnly Date(string text) => DateOnly.ParseExact(text, [.. DocumentFormat.DatePatterns], CultureInfo.InvariantCulture);

    private static IEnumerable<(DocumentField A, DocumentField B)> Pairs(List<DocumentField> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            for (var j = i + 1; j < fields.Count; j++)
            {
                yield return (fields[i], fields[j]);
            }
        }
    }

    private static string Verdict(int value, int threshold, string unit) =>
        $"{DocumentFormat.Whole(value)} {unit} is {(value > threshold ? "more" : "not more")} than {DocumentFormat.Whole(threshold)}.";

    public static string Lower(string label) => label.Length > 1 && char.IsUpper(label[1]) ? label : char.ToLowerInvariant(label[0]) + label[1..];
}
