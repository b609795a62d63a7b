namespace Cosyn.Evaluation.Metrics;

/// <summary>A benchmark metric: scores one prediction against a question's reference answers, from 0 to 1.</summary>
public interface IAnswerMetric
{
    /// <summary>The name on the command line (<c>--metric</c>), e.g. <c>relaxed</c>.</summary>
    string Name { get; }

    /// <summary>The key in <c>--json</c> output, e.g. <c>relaxed_accuracy</c>.</summary>
    string Key { get; }

    /// <summary>The score of <paramref name="prediction"/>: the best over the reference's answers.</summary>
    double Score(string prediction, EvalReference reference);
}
