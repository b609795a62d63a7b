using Cosyn.Llm.Accounting;

namespace Cosyn.Output;

/// <summary>Session facts the store does not hold, for <see cref="StatsBuilder"/>.</summary>
/// <param name="Count">Samples requested.</param>
/// <param name="Seed">Run seed.</param>
/// <param name="Synthesizer">Synthesizer name.</param>
/// <param name="Completed">The session ran to its end (not stopped early); the run is complete only if the count was also written.</param>
/// <param name="SessionSeconds">Wall time of the session.</param>
/// <param name="SessionSamples">Samples that reached a terminal state this session.</param>
/// <param name="Llm">LLM usage of the run, when an LLM was used.</param>
/// <param name="StopReason">Why the session was stopped early, when it was.</param>
/// <param name="QualityGate">The run has a quality gate: every written sample passed it, and stats get a <c>quality</c> block.</param>
public sealed record RunStatsContext(int Count, long Seed, string Synthesizer, bool Completed, double SessionSeconds, int SessionSamples, LlmUsageReport? Llm = null, string? StopReason = null, bool QualityGate = false);
