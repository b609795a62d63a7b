using Cosyn.Catalog;

namespace Cosyn.Engine;

/// <summary>
/// Which pipeline owns each plan index and how many samples each must write. Index i belongs to pipeline
/// i mod P, so the plan never depends on timing and can later be sharded by index.
/// </summary>
public sealed class RunPlan
{
    /// <summary>An even split of <paramref name="count"/> over <paramref name="pipelines"/>, earlier ones taking the remainder.</summary>
    public RunPlan(IReadOnlyList<PipelineDefinition> pipelines, int count, int attemptsPerSample)
        : this(pipelines?.Select(PlanEntry.Even).ToList() ?? throw new ArgumentNullException(nameof(pipelines)), count, attemptsPerSample)
    {
    }

    /// <summary>A split of <paramref name="count"/> proportional to each entry's weight (largest remainder, ties to earlier entries).</summary>
    public RunPlan(IReadOnlyList<PlanEntry> entries, int count, int attemptsPerSample)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentOutOfRangeException.ThrowIfZero(entries.Count);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(attemptsPerSample);
        if (entries.Any(e => !(e.Weight > 0)))
        {
            throw new ArgumentException("every plan entry needs a positive weight", nameof(entries));
        }

        Entries = entries;
        Pipelines = entries.Select(e => e.Pipeline).ToList();
        Quotas = Apportion(entries.Select(e => e.Weight).ToList(), count);

        // Slack for failures, fixed per pipeline so the set of indices ever tried does not depend on timing.
        MaxAttempts = Quotas.Select(q => q == 0 ? 0 : (q * attemptsPerSample) + 2).ToArray();
    }

    public IReadOnlyList<PlanEntry> Entries { get; }

    public IReadOnlyList<PipelineDefinition> Pipelines { get; }

    /// <summary>Samples each pipeline must write.</summary>
    public IReadOnlyList<int> Quotas { get; }

    /// <summary>Plan slots each pipeline may use before giving up.</summary>
    public IReadOnlyList<int> MaxAttempts { get; }

    /// <summary>Position in <see cref="Pipelines"/> of the pipeline owning <paramref name="index"/>.</summary>
    public int PipelineOf(long index) => (int)(index % Pipelines.Count);

    /// <summary>The <paramref name="attempt"/>-th plan index of pipeline <paramref name="pipeline"/>.</summary>
    public long IndexOf(int pipeline, long attempt) => (attempt * Pipelines.Count) + pipeline;

    /// <summary>Whether <paramref name="index"/> is within its pipeline's attempt budget.</summary>
    public bool WithinBudget(long index) => index / Pipelines.Count < MaxAttempts[PipelineOf(index)];

    /// <summary>The figure type routing fixed for the sample at <paramref name="index"/>, cycling through its entry's list; null when the pipeline chooses.</summary>
    public string? FigureTypeOf(long index)
    {
        var types = Entries[PipelineOf(index)].FigureTypes;
        return types.Count == 0 ? null : types[(int)(index / Pipelines.Count % types.Count)];
    }

    /// <summary>One past the largest index any pipeline may use.</summary>
    public long End => MaxAttempts.Select((m, p) => IndexOf(p, m)).DefaultIfEmpty(0).Max();

    private static int[] Apportion(List<double> weights, int count)
    {
        var total = weights.Sum();
        var exact = weights.Select(w => count * w / total).ToList();
        var quotas = exact.Select(e => (int)Math.Floor(e + 1e-9)).ToArray();
        var order = Enumerable.Range(0, weights.Count).OrderByDescending(i => Math.Round(exact[i] - quotas[i], 9)).ThenBy(i => i).ToList();
        for (var k = 0; k < count - quotas.Sum(); k++)
        {
            quotas[order[k]]++;
        }

        return quotas;
    }
}
