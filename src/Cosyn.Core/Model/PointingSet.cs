namespace Cosyn.Model;

/// <summary>A pointing sample's questions and, for each, the points that answer it (one or more, e.g. "every unread email").</summary>
public sealed record PointingSet(IReadOnlyList<string> Questions, IReadOnlyList<IReadOnlyList<AnswerPoint>> AnswerPoints);
