namespace Cosyn.Evaluation;

/// <summary>The scores of one group of questions (all of them, one pipeline, one figure type, one QA type).</summary>
/// <param name="Name">The group's name ("all", a pipeline name, ...).</param>
/// <param name="Count">Questions in the group.</param>
/// <param name="Metrics">Per metric key, the mean and interval.</param>
public sealed record EvalGroup(string Name, int Count, IReadOnlyDictionary<string, MetricSummary> Metrics);
