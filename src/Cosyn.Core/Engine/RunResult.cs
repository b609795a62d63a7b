using Cosyn.Output;

namespace Cosyn.Engine;

/// <summary>What a run produced: the stats (also in stats.json) and whether it was stopped early.</summary>
public sealed record RunResult(RunStats Stats, bool Cancelled, string OutputFolder)
{
    /// <summary>Where this session's engine time went outside the sample stages (for benchmarks; not in stats.json).</summary>
    public EngineTimings Timings { get; init; } = new(0, 0, 0);
}
