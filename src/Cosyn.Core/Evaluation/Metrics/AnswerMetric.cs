namespace Cosyn.Evaluation.Metrics;

/// <summary>The shared shape of an <see cref="IAnswerMetric"/>: its two names and the argument checks of <see cref="Score"/>.</summary>
/// <param name="name">The name on the command line (<c>--metric</c>).</param>
/// <param name="key">The key in <c>--json</c> output.</param>
public abstract class AnswerMetric(string name, string key) : IAnswerMetric
{
    public string Name { get; } = name;

    public string Key { get; } = key;

    public double Score(string prediction, EvalReference reference)
    {
        // Checked once here for every metric, so each metric is only its rule.
        ArgumentNullException.ThrowIfNull(prediction);
        ArgumentNullException.ThrowIfNull(reference);
        return Grade(prediction, reference);
    }

    /// <summary>The score, with both arguments known to be non-null.</summary>
    protected abstract double Grade(string prediction, EvalReference reference);
}
