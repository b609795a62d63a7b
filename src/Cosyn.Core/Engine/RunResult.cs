using Cosyn.Output;

namespace Cosyn.Engine;

/// <summary>What a run produced: the stats (also in stats.json) and whether it was stopped early.</summary>
public sealed record RunResult(RunStats Stats, bool Cancelled, string OutputFolder);
