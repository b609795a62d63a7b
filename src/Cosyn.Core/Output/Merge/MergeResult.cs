namespace Cosyn.Output.Merge;

/// <summary>What <see cref="ShardMerger.Merge"/> wrote: the folder, how many shards and samples, and the recomputed stats.</summary>
public sealed record MergeResult(string Path, int Shards, int Samples, RunStats Stats);
