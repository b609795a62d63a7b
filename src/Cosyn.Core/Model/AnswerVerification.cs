namespace Cosyn.Model;

/// <summary>What <c>--verify</c> found for one sample: pairs a second, independent call answered, how many agreed, and how many were dropped.</summary>
/// <param name="Checked">Pairs sent to the verifier (every type but summary, whose free text cannot be matched).</param>
/// <param name="Agreed">Of those, answered the same (relaxed match).</param>
/// <param name="Dropped">Pairs removed because the answers disagreed.</param>
public sealed record AnswerVerification(int Checked, int Agreed, int Dropped);
