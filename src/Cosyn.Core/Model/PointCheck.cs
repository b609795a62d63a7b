namespace Cosyn.Model;

/// <summary>What became of a model's pointing questions: how many it asked, how many were kept, and why the others were dropped.</summary>
/// <param name="Asked">Questions in the model's reply.</param>
/// <param name="Kept">Questions written to the row, each answered by measured boxes.</param>
/// <param name="Dropped">Dropped questions by reason (<c>missing-target</c>, <c>hidden-target</c>, <c>duplicate-target</c>, <c>outside-image</c>, <c>repeated-question</c>).</param>
public sealed record PointCheck(int Asked, int Kept, IReadOnlyDictionary<string, int> Dropped);
