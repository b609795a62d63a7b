namespace Cosyn.Output;

/// <summary>How often one check rejected a sample, with a few of its reasons.</summary>
/// <param name="Samples">Rejected samples that failed this check.</param>
/// <param name="Reasons">Up to three distinct reasons, in plan order.</param>
public sealed record CheckRejections(int Samples, IReadOnlyList<string> Reasons);
