using Cosyn.Llm.Accounting;

namespace Cosyn.Output;

/// <summary>Session facts the store does not hold, for <see cref="StatsBuilder"/>.</summary>
public sealed record RunStatsContext(int Count, long Seed, string Synthesizer, bool Completed, double SessionSeconds, int SessionSamples, LlmUsageReport? Llm = null);
