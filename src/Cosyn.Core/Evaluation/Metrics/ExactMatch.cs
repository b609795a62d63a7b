namespace Cosyn.Evaluation.Metrics;

/// <summary>Exact match: the prediction equals an answer after trimming, collapsing whitespace and ignoring case.</summary>
public sealed class ExactMatch() : AnswerMetric("em", "exact_match")
{
    protected override double Grade(string prediction, EvalReference reference)
    {
        var p = AnswerText.CollapseWhitespace(prediction);
        return reference.Answers.Any(a => string.Equals(AnswerText.CollapseWhitespace(a), p, StringComparison.OrdinalIgnoreCase)) ? 1 : 0;
    }
}
