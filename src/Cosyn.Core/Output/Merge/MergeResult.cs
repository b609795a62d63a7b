namespace Cosyn.Output.Merge;

/// <summary>
/// What <see cref="ShardMerger.Merge"/> wrote: the folder, how many shards and samples, the recomputed stats, and the
/// rejected samples joined into <c>rejected/</c> (null when no shard kept them).
/// </summary>
public sealed record MergeResult(string Path, int Shards, int Samples, RunStats Stats, int? Rejected = null);
