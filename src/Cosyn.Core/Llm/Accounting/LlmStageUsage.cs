namespace Cosyn.Llm.Accounting;

/// <summary>One stage's LLM usage: its totals and the split by model.</summary>
public sealed record LlmStageUsage(LlmUsageTotals Totals, IReadOnlyDictionary<string, LlmUsageTotals> Models);
