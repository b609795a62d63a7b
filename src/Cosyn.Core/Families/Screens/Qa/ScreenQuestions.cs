using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Screens.Qa;

/// <summary>Builders for screen questions; answers follow the README conventions (numbers bare, Yes/No, fixed unanswerable wording).</summary>
public static class ScreenQuestions
{
    public const string NotShown = "The screen does not provide this information.";

    public static ChartQuestion ShortAnswer(string kind, string question, string explanation, string answer, IEnumerable<string>? distractors = null) =>
        new(QaFamily.ShortAnswer, kind, new QaPair(question, explanation, answer),
            [.. (distractors ?? []).Where(d => d != answer).Distinct(StringComparer.Ordinal)]);

    public static ChartQuestion YesNo(string question, string explanation, bool yes) =>
        new(QaFamily.YesNo, "yes-no", new QaPair(question, explanation, yes ? "Yes" : "No"), []);

    public static ChartQuestion Summary(string question, string answer) =>
        new(QaFamily.Summary, "summary", new QaPair(question, "The summary restates what the screen shows.", answer), []);

    public static ChartQuestion Unanswerable(string question, string why) =>
        new(QaFamily.Unanswerable, "unanswerable", new QaPair(question, why, NotShown), []);

    /// <summary>Other small counts near <paramref name="count"/>, as wrong options.</summary>
    public static IEnumerable<string> NearCounts(int count) =>
        new[] { count + 1, count - 1, count + 2, count - 2 }.Where(c => c >= 0).Select(Count);

    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>"A, B and C" for explanations and list answers.</summary>
    public static string List(IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Count switch
        {
            0 => "none",
            1 => items[0],
            _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
        };
    }
}
