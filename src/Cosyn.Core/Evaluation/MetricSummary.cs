namespace Cosyn.Evaluation;

/// <summary>A metric's mean over a set of questions with its bootstrap 95 % interval, all in percent.</summary>
public sealed record MetricSummary(double Mean, double Low, double High);
