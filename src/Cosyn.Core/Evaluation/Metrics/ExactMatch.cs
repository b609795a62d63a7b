namespace Cosyn.Evaluation.Metrics;

/// <summary>Exact match: the prediction equals an answer after trimming, collapsing whitespace and ignoring case.</summary>
public sealed class ExactMatch : IAnswerMetric
{
    public string Name => "em";

    public string Key => "exact_match";

    public double Score(string prediction, EvalReference reference)
    {
        ArgumentNullException.ThrowIfNull(prediction);
        ArgumentNullException.ThrowIfNull(reference);
        var p = AnswerText.CollapseWhitespace(prediction);
        return reference.Answers.Any(a => string.Equals(AnswerText.CollapseWhitespace(a), p, StringComparison.OrdinalIgnoreCase)) ? 1 : 0;
    }
}
