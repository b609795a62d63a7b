using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Charts.Qa;

/// <summary>Builds <see cref="ChartQuestion"/> values with the family's fixed answer conventions.</summary>
public static class ChartQuestions
{
    /// <summary>The fixed answer of every unanswerable question.</summary>
    public const string NotAnswerable = "The chart does not provide this information.";

    public static ChartQuestion ShortAnswer(string kind, string question, string explanation, string answer, IReadOnlyList<string>? distractors = null) =>
        new(QaFamily.ShortAnswer, kind, new QaPair(question, explanation, answer), distractors ?? []);

    public static ChartQuestion YesNo(string kind, string question, string explanation, bool yes) =>
        new(QaFamily.YesNo, kind, new QaPair(question, explanation + (yes ? " So the answer is Yes." : " So the answer is No."), yes ? "Yes" : "No"), []);

    public static ChartQuestion Unanswerable(string kind, string question, string explanation) =>
        new(QaFamily.Unanswerable, kind, new QaPair(question, explanation, NotAnswerable), []);
}
