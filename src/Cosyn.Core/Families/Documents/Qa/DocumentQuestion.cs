using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Documents.Qa;

/// <summary>Builds document questions in the shared <see cref="ChartQuestion"/> shape, with numeric distractors when none are given.</summary>
internal static class DocumentQuestion
{
    public const string NotAnswerable = "The document does not provide this information.";

    /// <summary>A short answer with at most three wrong options (documents offer three to choose from).</summary>
    public static ChartQuestion Short(string kind, string question, string explanation, string answer, IEnumerable<string>? distractors = null) =>
        QaQuestions.ShortAnswer(kind, question, explanation, answer, distractors, most: 3);

    /// <summary>A numeric answer (rounded to <paramref name="decimals"/>) with three nearby wrong values as distractors.</summary>
    public static ChartQuestion Number(string kind, string question, string explanation, decimal value, int decimals = 2)
    {
        var answer = QaNumber.Rounded(value, decimals);
        var step = Math.Abs(value) >= 20 ? Math.Max(1, QaNumber.Round(Math.Abs(value) * 0.1m, decimals == 0 ? 0 : 1)) : decimals == 0 || value == Math.Round(value) ? 1 : 0.5m;
        var wrong = new[] { value + step, value - step, value + (2 * step), value - (2 * step) }
            .Where(v => v >= 0 || value < 0).Select(v => QaNumber.Rounded(v, decimals)).Where(v => v != answer);
        return Short(kind, question, explanation, answer, wrong);
    }

    public static ChartQuestion YesNo(string kind, string question, string explanation, bool yes) => QaQuestions.YesNo(kind, question, explanation, yes);

    public static string Money(DocumentSpec spec, decimal value) => DocumentFormat.Money(value, spec.Currency);

    public static string N(decimal value) => QaNumber.Value(value);
}
