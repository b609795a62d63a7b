namespace Cosyn.Output;

/// <summary>What <see cref="TopicSpread"/> measured.</summary>
/// <param name="Measured">Written samples whose topics were measured (at most <see cref="TopicSpread.MaxTopicsPerPipeline"/> per pipeline, <see cref="TopicSpread.MaxTopics"/> in the totals).</param>
/// <param name="Dispersion">Mean cosine distance between the measured topics, 0 (all alike) to about 1 (unrelated).</param>
/// <param name="NearDuplicates">Measured samples whose topic repeats or nearly repeats an earlier one's.</param>
/// <param name="NearDuplicateRate">Near duplicates / measured.</param>
public sealed record TopicSpreadStats(int Measured, double Dispersion, int NearDuplicates, double NearDuplicateRate);
