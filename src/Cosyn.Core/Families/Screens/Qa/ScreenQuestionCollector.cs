using Cosyn.Families.Charts.Qa;
using Cosyn.Families.Shared.Qa;

namespace Cosyn.Families.Screens.Qa;

/// <summary>
/// Collects a screen's questions by family while its QA walks the screen, then closes them into a
/// <see cref="ScreenQuestionSet"/>. Answers follow the README conventions: numbers bare, Yes/No, the fixed
/// <see cref="ScreenQuestions.NotShown"/> for what the screen does not show.
/// </summary>
public sealed class ScreenQuestionCollector
{
    private readonly List<ChartQuestion> _shorts = [];
    private readonly List<ChartQuestion> _yesNo = [];
    private readonly List<ChartQuestion> _unanswerable = [];
    private ChartQuestion? _summary;

    /// <summary>Adds a short answer; wrong options equal to the answer or repeated are dropped.</summary>
    public void ShortAnswer(string kind, string question, string explanation, string answer, IEnumerable<string>? distractors = null) =>
        _shorts.Add(new(QaFamily.ShortAnswer, kind, new QaPair(question, explanation, answer),
            [.. (distractors ?? []).Where(d => d != answer).Distinct(StringComparer.Ordinal)]));

    /// <summary>Adds a yes/no question.</summary>
    public void YesNo(string question, string explanation, bool yes) =>
        _yesNo.Add(new(QaFamily.YesNo, "yes-no", new QaPair(question, explanation, yes ? "Yes" : "No"), []));

    /// <summary>Sets the screen's summary.</summary>
    public void Summary(string question, string answer) =>
        _summary = new(QaFamily.Summary, "summary", new QaPair(question, "The summary restates what the screen shows.", answer), []);

    /// <summary>Adds a question the screen cannot answer, with why.</summary>
    public void Unanswerable(string question, string why) =>
        _unanswerable.Add(new(QaFamily.Unanswerable, "unanswerable", new QaPair(question, why, ScreenQuestions.NotShown), []));

    /// <summary>Every question collected; the summary must have been set.</summary>
    public ScreenQuestionSet Close() =>
        new(_shorts, _yesNo, _summary ?? throw new InvalidOperationException("a screen's questions need a summary"), _unanswerable);
}
