using Cosyn.Catalog;

namespace Cosyn.Engine;

/// <summary>
/// Which pipeline owns each plan slot, how many slots each has, and which plan indices each slot may try.
/// </summary>
/// <remarks>
/// Slot index i belongs to pipeline <c>i mod P</c> and is its <c>i / P</c>-th sample; a pipeline has
/// <see cref="Quotas"/> slots. Attempt a of slot i runs at plan index <c>a * AttemptStride + i</c>, so a first
/// attempt's index is the slot index (the plain ids) and a failure is replaced by its own slot's next attempt,
/// never by a sample another slot would use. A slot's outcome therefore depends on nothing outside the slot
/// (near-duplicates aside: see <see cref="ShardSpec"/>), which is what lets shards split the slots and still
/// compute exactly what the single run computes; and it does not depend on the count, so a larger count extends.
/// </remarks>
public sealed class RunPlan
{
    /// <summary>Distance between a slot's successive attempts in the index space (far above any slot index).</summary>
    public const long AttemptStride = 1L << 40;

    /// <summary>An even split of <paramref name="count"/> over <paramref name="pipelines"/>, earlier ones taking the remainder.</summary>
    public RunPlan(IReadOnlyList<PipelineDefinition> pipelines, int count, int attemptsPerSample)
        : this(pipelines?.Select(PlanEntry.Even).ToList() ?? throw new ArgumentNullException(nameof(pipelines)), count, attemptsPerSample)
    {
    }

    /// <summary>A split of <paramref name="count"/> proportional to each entry's weight (largest remainder, ties to earlier entries).</summary>
    public RunPlan(IReadOnlyList<PlanEntry> entries, int count, int attemptsPerSample)
        : this(entries, Apportion(Weights(entries), count), attemptsPerSample)
    {
    }

    /// <summary>A plan with each pipeline's number of slots given (a merge rebuilds a run's plan this way).</summary>
    public RunPlan(IReadOnlyList<PlanEntry> entries, IReadOnlyList<int> quotas, int attemptsPerSample)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(quotas);
        ArgumentOutOfRangeException.ThrowIfZero(entries.Count);
        ArgumentOutOfRangeException.ThrowIfNotEqual(quotas.Count, entries.Count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(attemptsPerSample);
        Entries = entries;
        Pipelines = entries.Select(e => e.Pipeline).ToList();
        Quotas = [.. quotas];
        AttemptsPerSlot = attemptsPerSample;
    }

    public IReadOnlyList<PlanEntry> Entries { get; }

    public IReadOnlyList<PipelineDefinition> Pipelines { get; }

    /// <summary>Samples each pipeline must write: its number of slots.</summary>
    public IReadOnlyList<int> Quotas { get; }

    /// <summary>Plan indices a slot may try before it is given up (its failure budget).</summary>
    public int AttemptsPerSlot { get; }

    /// <summary>One past the largest slot index.</summary>
    public long End => Quotas.Select((q, p) => q == 0 ? 0 : ((long)(q - 1) * Pipelines.Count) + p + 1).DefaultIfEmpty(0).Max();

    /// <summary>The slot a plan index tries.</summary>
    public static long SlotOf(long index) => index % AttemptStride;

    /// <summary>Which attempt of its slot a plan index is (0 for the first).</summary>
    public static int AttemptOf(long index) => (int)(index / AttemptStride);

    /// <summary>The plan index of attempt <paramref name="attempt"/> of slot <paramref name="slot"/>.</summary>
    public static long IndexOf(long slot, int attempt) => (attempt * AttemptStride) + slot;

    /// <summary>Position in <see cref="Pipelines"/> of the pipeline owning <paramref name="index"/> (a slot or any attempt of it).</summary>
    public int PipelineOf(long index) => (int)(SlotOf(index) % Pipelines.Count);

    /// <summary>Whether <paramref name="slot"/> is one of its pipeline's slots (pipelines with smaller quotas leave gaps).</summary>
    public bool IsSlot(long slot) => slot >= 0 && slot < End && slot / Pipelines.Count < Quotas[PipelineOf(slot)];

    /// <summary>The next attempt of the slot <paramref name="index"/> tried, or null when the slot's budget is used up.</summary>
    public long? NextAttempt(long index) => AttemptOf(index) + 1 < AttemptsPerSlot ? index + AttemptStride : null;

    /// <summary>
    /// The figure type routing fixed for the sample at <paramref name="index"/>, cycling through its entry's list by
    /// slot (a retry draws its slot's type); null when the pipeline chooses.
    /// </summary>
    public string? FigureTypeOf(long index)
    {
        var types = Entries[PipelineOf(index)].FigureTypes;
        return types.Count == 0 ? null : types[(int)(SlotOf(index) / Pipelines.Count % types.Count)];
    }

    private static List<double> Weights(IReadOnlyList<PlanEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Any(e => !(e.Weight > 0)))
        {
            throw new ArgumentException("every plan entry needs a positive weight", nameof(entries));
        }

        return entries.Select(e => e.Weight).ToList();
    }

    private static int[] Apportion(List<double> weights, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfZero(weights.Count);
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
