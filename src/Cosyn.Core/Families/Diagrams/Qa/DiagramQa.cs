using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Diagrams.Qa;

/// <summary>Small constructors for diagram questions: short answers with distractors, yes/no, unanswerable.</summary>
internal static class DiagramQa
{
    /// <summary>The unanswerable answer (README "QA conventions").</summary>
    public const string NotProvided = "The diagram does not provide this information.";

    public static ChartQuestion Short(string kind, string question, string explanation, string answer, IEnumerable<string> distractors) =>
        QaQuestions.ShortAnswer(kind, question, explanation, answer, distractors);

    /// <summary>A count answer with nearby wrong counts as distractors.</summary>
    public static ChartQuestion Count(string kind, string question, string explanation, int value) =>
        Short(kind, question, explanation, Number(value), new[] { value + 1, value - 1, value + 2 }.Where(v => v >= 0).Select(Number));

    /// <summary>A label answer with other labels as distractors, drawn in random order.</summary>
    public static ChartQuestion Label(string kind, string question, string explanation, string answer, IReadOnlyList<string> others, SeededRandom random)
    {
        var wrong = others.Where(o => o != answer).Distinct().ToList();
        return Short(kind, question, explanation, answer, random.Sample(wrong, Math.Min(3, wrong.Count)));
    }

    public static ChartQuestion YesNo(string kind, string question, string explanation, bool answer) => QaQuestions.YesNo(kind, question, explanation, answer);

    public static ChartQuestion Unanswerable(string kind, string question, string explanation) =>
        new(QaFamily.Unanswerable, kind, new QaPair(question, explanation, NotProvided), []);

    public static string Number(int value) => QaNumber.Value(value);

    public static string Quote(string label) => $"\"{label}\"";
}
