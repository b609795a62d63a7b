namespace Cosyn.Families.Points;

/// <summary>A pointing question and the target ids whose boxes answer it (several for "every ..." questions).</summary>
public sealed record PointQuestion(string Question, IReadOnlyList<string> Targets);
