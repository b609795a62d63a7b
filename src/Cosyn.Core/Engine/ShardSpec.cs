namespace Cosyn.Engine;

/// <summary>
/// Shard <see cref="Index"/> of <see cref="Count"/>: owns every plan slot whose ordinal (its position among all
/// slots in plan order) is <see cref="Index"/> modulo <see cref="Count"/>, with all its attempts, so shards split
/// the work evenly and their union is the single run. Near-duplicate images are checked within a shard only.
/// </summary>
public sealed record ShardSpec(int Index, int Count)
{
    /// <summary>Whether the shard owns <paramref name="slot"/> of <paramref name="plan"/>.</summary>
    public bool Owns(RunPlan plan, long slot)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Ordinal(plan, slot) % Count == Index;
    }

    /// <summary>Slots of each pipeline the shard owns: its share of the count.</summary>
    public IReadOnlyList<int> Targets(RunPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var targets = new int[plan.Pipelines.Count];
        for (var slot = 0L; slot < plan.End; slot++)
        {
            if (plan.IsSlot(slot) && Owns(plan, slot))
            {
                targets[plan.PipelineOf(slot)]++;
            }
        }

        return targets;
    }

    /// <summary>The spec as written on the command line and stored: <c>i/N</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");

    /// <summary>Parses <c>i/N</c> (0 ≤ i &lt; N); null with <paramref name="error"/> set when malformed.</summary>
    public static ShardSpec? TryParse(string text, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0
            && int.TryParse(text[..slash], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(text[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return Create(index, count, out error);
        }

        error = $"'{text}' is not i/N (e.g. 0/4)";
        return null;
    }

    /// <summary>Shard <paramref name="index"/> of <paramref name="count"/>; null with <paramref name="error"/> set when out of range.</summary>
    public static ShardSpec? Create(int index, int count, out string? error)
    {
        error = count < 1 ? $"the shard count must be at least 1, not {count}"
            : index < 0 || index >= count ? $"the shard index must be 0 to {count - 1}, not {index}"
            : null;
        return error is null ? new ShardSpec(index, count) : null;
    }

    /// <summary>How many slots come before <paramref name="slot"/> in plan order.</summary>
    private static long Ordinal(RunPlan plan, long slot)
    {
        var pipelines = plan.Pipelines.Count;
        var before = 0L;
        for (var p = 0; p < pipelines; p++)
        {
            var earlier = slot > p ? (slot - p + pipelines - 1) / pipelines : 0;
            before += Math.Min(plan.Quotas[p], earlier);
        }

        return before;
    }
}
