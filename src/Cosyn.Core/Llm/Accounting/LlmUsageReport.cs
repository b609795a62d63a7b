namespace Cosyn.Llm.Accounting;

/// <summary>The <c>llm</c> section of <c>stats.json</c>: the run's LLM usage and cost (every session), per stage and model.</summary>
/// <param name="Totals">Sums over every stage.</param>
/// <param name="Stages">Per stage, ordered by name.</param>
/// <param name="UnpricedModels">Models the price table does not know; their cost counts as 0.</param>
public sealed record LlmUsageReport(LlmUsageTotals Totals, IReadOnlyDictionary<string, LlmStageUsage> Stages, IReadOnlyList<string> UnpricedModels);
