using Cosyn.Families.Charts.Qa;

namespace Cosyn.Families.Shared.Qa;

/// <summary>The question shapes several families build alike: a short answer with clean wrong options, a plain yes/no.</summary>
public static class QaQuestions
{
    /// <summary>A short answer; wrong options equal to the answer or repeated are dropped, and at most <paramref name="most"/> kept.</summary>
    public static ChartQuestion ShortAnswer(string kind, string question, string explanation, string answer, IEnumerable<string>? distractors = null, int most = int.MaxValue) =>
        new(QaFamily.ShortAnswer, kind, new QaPair(question, explanation, answer), [.. (distractors ?? []).Where(d => d != answer).Distinct().Take(most)]);

    /// <summary>A yes/no question answered "Yes" or "No".</summary>
    public static ChartQuestion YesNo(string kind, string question, string explanation, bool yes) =>
        new(QaFamily.YesNo, kind, new QaPair(question, explanation, yes ? "Yes" : "No"), []);
}
