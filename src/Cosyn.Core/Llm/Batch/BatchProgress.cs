namespace Cosyn.Llm.Batch;

/// <summary>A batch's status as the provider reports it: whether it ended, its state word, and where its results are.</summary>
/// <param name="Ended">No request of it will change any more (completed, expired, cancelled, failed).</param>
/// <param name="State">The provider's state (<c>in_progress</c>, <c>completed</c>, <c>expired</c>, <c>ended</c>, ...).</param>
/// <param name="ResultLocations">File ids or URLs holding the results, once ended.</param>
/// <param name="Error">Why the whole batch failed (OpenAI's <c>failed</c> state: its input was refused); null otherwise.</param>
public sealed record BatchProgress(bool Ended, string State, IReadOnlyList<string> ResultLocations, string? Error = null);
