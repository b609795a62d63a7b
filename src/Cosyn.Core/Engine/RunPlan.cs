using Cosyn.Pipelines;

namespace Cosyn.Engine;

/// <summary>
/// Which pipeline owns each plan index and how many samples each must write. Index i belongs to pipeline
/// i mod P, so the plan never depends on timing and can later be sharded by index.
/// </summary>
public sealed class RunPlan
{
    public RunPlan(IReadOnlyList<PipelineDescriptor> pipelines, int count, int attemptsPerSample)
    {
        ArgumentNullException.ThrowIfNull(pipelines);
        ArgumentOutOfRangeException.ThrowIfZero(pipelines.Count);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(attemptsPerSample);
        Pipelines = pipelines;
        Quotas = Enumerable.Range(0, pipelines.Count)
            .Select(p => (count / pipelines.Count) + (p < count % pipelines.Count ? 1 : 0))
            .ToArray();

        // Slack for failures, fixed per pipeline so the set of indices ever tried does not depend on timing.
        MaxAttempts = Quotas.Select(q => q == 0 ? 0 : (q * attemptsPerSample) + 2).ToArray();
    }

    public IReadOnlyList<PipelineDescriptor> Pipelines { get; }

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

    /// <summary>One past the largest index any pipeline may use.</summary>
    public long End => MaxAttempts.Select((m, p) => IndexOf(p, m)).DefaultIfEmpty(0).Max();
}
