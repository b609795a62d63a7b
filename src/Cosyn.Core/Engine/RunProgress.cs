namespace Cosyn.Engine;

/// <summary>Live counters of a run, safe to read from another thread (the progress display polls them).</summary>
public sealed class RunProgress
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, PipelineProgress> _pipelines = new(StringComparer.Ordinal);

    /// <summary>Sets a pipeline's target and what earlier sessions already wrote.</summary>
    public void Start(string pipeline, int target, int alreadyWritten)
    {
        lock (_gate)
        {
            _pipelines[pipeline] = new PipelineProgress(pipeline, target, alreadyWritten, 0, 0);
        }
    }

    internal void Started(string pipeline) => Update(pipeline, p => p with { InFlight = p.InFlight + 1 });

    internal void Finished(string pipeline, bool succeeded) =>
        Update(pipeline, p => p with { InFlight = p.InFlight - 1, Failed = p.Failed + (succeeded ? 0 : 1) });

    /// <summary>A sample left unfinished because the run is stopping: no longer in flight, not a failure.</summary>
    internal void Abandoned(string pipeline) => Update(pipeline, p => p with { InFlight = p.InFlight - 1 });

    /// <summary>A finished sample turned away afterwards (a near-duplicate): a failure, already out of flight.</summary>
    internal void Rejected(string pipeline) => Update(pipeline, p => p with { Failed = p.Failed + 1 });

    internal void Written(string pipeline, int count) => Update(pipeline, p => p with { Written = p.Written + count });

    /// <summary>A consistent copy of every pipeline's counters.</summary>
    public IReadOnlyList<PipelineProgress> Snapshot()
    {
        lock (_gate)
        {
            return [.. _pipelines.Values];
        }
    }

    private void Update(string pipeline, Func<PipelineProgress, PipelineProgress> change)
    {
        lock (_gate)
        {
            _pipelines[pipeline] = change(_pipelines[pipeline]);
        }
    }
}
