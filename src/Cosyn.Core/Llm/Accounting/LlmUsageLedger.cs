using Cosyn.Llm.Calls;

namespace Cosyn.Llm.Accounting;

/// <summary>
/// Live token and cost totals per stage and model, safe to update from every call and to read from the progress
/// display. Costs come from the price table; cache hits count as calls and cost nothing.
/// </summary>
public sealed class LlmUsageLedger(LlmPriceTable prices)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Stage, string Model), LlmUsageTotals> _totals = [];
    private readonly SortedSet<string> _unpriced = new(StringComparer.Ordinal);

    /// <summary>The cost of a provider-answered call, or 0 for unpriced models (which are then listed in the report).</summary>
    public decimal Cost(string model, long inputTokens, long outputTokens)
    {
        if (prices.Find(model) is { } price)
        {
            return price.Cost(inputTokens, outputTokens);
        }

        lock (_gate)
        {
            _unpriced.Add(model);
        }

        return 0m;
    }

    public void Record(LlmCallRecord call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var add = LlmUsageTotals.Of(call);
        lock (_gate)
        {
            var key = (call.Stage, call.Model);
            _totals[key] = _totals.TryGetValue(key, out var current) ? current.Add(add) : add;
        }
    }

    /// <summary>Sums over every stage and model so far.</summary>
    public LlmUsageTotals Totals
    {
        get
        {
            lock (_gate)
            {
                return _totals.Values.Aggregate(LlmUsageTotals.Zero, (sum, t) => sum.Add(t));
            }
        }
    }

    /// <summary>A consistent copy of the totals, per stage and model.</summary>
    public LlmUsageReport Report()
    {
        lock (_gate)
        {
            var stages = _totals
                .GroupBy(kv => kv.Key.Stage, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(
                    g => g.Key,
                    g => new LlmStageUsage(
                        g.Aggregate(LlmUsageTotals.Zero, (sum, kv) => sum.Add(kv.Value)),
                        g.OrderBy(kv => kv.Key.Model, StringComparer.Ordinal).ToDictionary(kv => kv.Key.Model, kv => kv.Value, StringComparer.Ordinal)),
                    StringComparer.Ordinal);
            var totals = _totals.Values.Aggregate(LlmUsageTotals.Zero, (sum, t) => sum.Add(t));
            return new LlmUsageReport(totals, stages, [.. _unpriced]);
        }
    }
}
