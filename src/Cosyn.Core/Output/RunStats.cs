using Cosyn.Llm.Accounting;

namespace Cosyn.Output;

/// <summary>The content of <c>stats.json</c>: what a run asked for, what it wrote, and why anything failed.</summary>
/// <param name="Count">Samples requested.</param>
/// <param name="Seed">Run seed.</param>
/// <param name="Synthesizer">Synthesizer name.</param>
/// <param name="Completed">True only when the requested count was written; false when stopped early or short of the count.</param>
/// <param name="SessionSeconds">Wall time of the latest session.</param>
/// <param name="SessionSamples">Samples that reached a terminal state in the latest session.</param>
/// <param name="Totals">Sums over pipelines.</param>
/// <param name="Pipelines">Per pipeline, in the order given.</param>
/// <param name="Llm">LLM calls, tokens and cost of the run (every session) per stage and model; null when no LLM was used.</param>
/// <param name="Shortfall">Samples requested but not written (0 when completed).</param>
/// <param name="StopReason">Why fewer were written: the stop's reason, or the failure budgets running out; null when completed.</param>
/// <param name="StopKind">The same as a value: <see cref="RunStopKind.BudgetSpent"/> or <see cref="RunStopKind.Stopped"/>; null when completed.</param>
public sealed record RunStats(
    int Count,
    long Seed,
    string Synthesizer,
    bool Completed,
    double SessionSeconds,
    int SessionSamples,
    PipelineStats Totals,
    IReadOnlyDictionary<string, PipelineStats> Pipelines,
    LlmUsageReport? Llm = null,
    int Shortfall = 0,
    string? StopReason = null,
    RunStopKind? StopKind = null);
